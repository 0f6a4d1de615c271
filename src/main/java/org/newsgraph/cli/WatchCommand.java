package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.store.FolderWatcher;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code watch}: keeps the store in step with folders until interrupted. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Ingests the article files in the folders, then follows them: new and changed files are "
                + "ingested and deleted files retracted within seconds. Runs until interrupted. To serve the store "
                + "at the same time use 'serve --watch DIR' (TDB2 allows one process per store)."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    IngestOptions ingestOptions;
    @Mixin
    InputOptions inputOptions;
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders to watch (recursively).")
    List<Path> dirs;

    @Override
    public Integer call() throws InterruptedException {
        Settings s = Settings.of(storeOptions, ingestOptions, inputOptions);
        NewsGraphStore store = NewsGraphStore.open(s.store());
        FolderWatcher w = start(s, store, dirs);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            w.close();
            store.close();
            stop.countDown();
        }, "newsgraph-watch-shutdown"));
        System.out.println("NewsGraph is watching " + dirs + " into store " + s.store().toAbsolutePath()
                + " (Ctrl-C to stop)");
        System.out.flush();
        stop.await();
        return 0;
    }

    /** Starts a watcher writing through {@code store}; shared with {@code serve --watch} and {@code up}. */
    static FolderWatcher start(Settings s, NewsGraphStore store, List<Path> dirs) {
        Pipeline pipeline = Pipeline.load(s.ontology());
        Ingester ingester = new Ingester(pipeline, store, ArticleReaders.of(s), s.ontology());
        return new FolderWatcher(ingester, store, dirs, Duration.ofMillis(500)).start();
    }
}
