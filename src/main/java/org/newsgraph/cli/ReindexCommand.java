package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.NewsGraphStore;
import org.newsgraph.store.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reindex}: rebuilds the full-text index of a store from its triples. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the store's full-text index (<store>/text-index) from the stored labels, evidence "
                + "and article text: after the index was deleted or damaged. The server must not be running.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        run(storeOptions.store, System.out);
        return 0;
    }

    static void run(Path storeDir, PrintStream out) {
        if (!Files.isDirectory(storeDir)) {
            throw new NewsGraphException("no store at " + storeDir + ": ingest articles first, or name the store with --store");
        }
        deleteIndex(storeDir.resolve(SearchIndex.DIR));
        try (NewsGraphStore store = NewsGraphStore.open(storeDir)) {
            long n = store.reindex();
            out.println("Indexed " + n + " literals into " + storeDir.resolve(SearchIndex.DIR));
        }
    }

    /** A damaged index may not even open: start from an empty folder. */
    private static void deleteIndex(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot delete the old text index " + dir + ": " + e.getMessage(), e);
        }
    }
}
