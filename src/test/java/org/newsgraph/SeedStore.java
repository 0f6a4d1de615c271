package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.NewsGraphStore;

/**
 * One TDB2 store holding the seed articles, ingested once per test JVM and shared by the tests that only read it
 * (query library, interoperability clients); removed when the JVM exits. Each test class starts and stops its own
 * server over it with {@link #server()}.
 */
public final class SeedStore {
    private static NewsGraphStore store;

    private SeedStore() {}

    public static synchronized NewsGraphStore get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("newsgraph-seeds");
                NewsGraphStore s = NewsGraphStore.open(dir.resolve("store"));
                requireNoFailures(TestStores.ingest(s, List.of(TestStores.seeds())).failures().size());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    delete(dir);
                }));
                store = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** A started server on a free port over the seed store; the caller stops it. */
    public static NewsGraphServer server() {
        return NewsGraphServer.create().dataset(get().dataset()).port(0).build().start();
    }

    private static void requireNoFailures(int failures) {
        if (failures != 0) {
            throw new IllegalStateException(failures + " seed article(s) failed to ingest");
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit: the folder is under the system temp directory
        }
    }
}
