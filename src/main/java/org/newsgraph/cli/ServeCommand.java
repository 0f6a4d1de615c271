package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.FolderWatcher;
import org.newsgraph.store.NewsGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: Fuseki over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store with Fuseki: /newsgraph/sparql (SPARQL query), /newsgraph/get (Graph Store "
                + "Protocol, read only), the Fuseki UI at /, linked data for every NewsGraph IRI (/id/..., /article/..., "
                + "/ontology) and /.well-known/void. Runs until interrupted.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    ServerOptions serverOptions;
    @Mixin
    IngestOptions ingestOptions;
    @Mixin
    InputOptions inputOptions;
    @Option(names = "--watch", paramLabel = "DIR",
            description = "Folder to follow while serving: new and changed files are ingested, deleted ones "
                    + "retracted (repeatable).")
    List<Path> watch = new ArrayList<>();

    @Override
    public Integer call() {
        serve(storeOptions, serverOptions, System.out, Settings.of(storeOptions, ingestOptions, inputOptions), watch);
        return 0;
    }

    static void serve(StoreOptions s, ServerOptions o, PrintStream out) {
        serve(s, o, out, null, List.of());
    }

    /**
     * Serves the store and, when {@code watch} names folders, follows them with the reading {@code settings}: the
     * server answers while the watcher loads, both on the one store object (TDB2: one writer, snapshot readers).
     */
    static void serve(StoreOptions s, ServerOptions o, PrintStream out, Settings settings, List<Path> watch) {
        for (Path d : watch) {
            if (!java.nio.file.Files.isDirectory(d)) {
                throw new org.newsgraph.article.InputException(d, "not a folder: --watch takes folders");
            }
        }
        NewsGraphStore store = NewsGraphStore.open(s.store);
        NewsGraphServer server = NewsGraphServer.create().dataset(store.dataset()).port(o.port).host(o.host)
                .passwordFile(o.passwd).timeout(java.time.Duration.ofSeconds(o.timeout)).corsOrigins(o.cors)
                .maxBodyBytes(o.maxBodyMb << 20).build();
        AtomicReference<FolderWatcher> watcher = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher.get() != null) {
                watcher.get().close();
            }
            server.stop();
            store.close();
        }, "newsgraph-shutdown"));
        server.start();
        out.println("NewsGraph is serving store " + s.store.toAbsolutePath() + " on port " + server.port());
        server.urls().forEach(u -> out.println("  " + u));
        if (!watch.isEmpty()) {
            out.println("  Watching:       " + watch);
        }
        out.flush();
        if (!watch.isEmpty()) {
            watcher.set(WatchCommand.start(settings, store, watch));
        }
        server.join();
    }

    /** Options of the server. */
    static final class ServerOptions {
        @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;
        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
        String host;
        @Option(names = "--passwd", paramLabel = "FILE",
                description = "Password file ('user: password' lines, Jetty format). Mounts /newsgraph/update (SPARQL "
                        + "Update) and /newsgraph/data (Graph Store Protocol, read-write) for its users, HTTP Basic "
                        + "auth; without it they do not exist.")
        java.nio.file.Path passwd;
        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "Queries and updates are stopped after this time (default: ${DEFAULT-VALUE}).")
        long timeout;
        @Option(names = "--cors", paramLabel = "ORIGINS", defaultValue = "*",
                description = "Origins allowed by CORS, comma-separated, or * for any (default: ${DEFAULT-VALUE}); "
                        + "never with credentials.")
        String cors;
        @Option(names = "--max-body", paramLabel = "MB", defaultValue = "10",
                description = "Largest request body accepted, in MB; larger ones get 413 (default: ${DEFAULT-VALUE}).")
        long maxBodyMb;
    }
}
