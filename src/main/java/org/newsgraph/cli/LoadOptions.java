package org.newsgraph.cli;

import org.newsgraph.store.Ingester;
import picocli.CommandLine.Option;

/** How {@code ingest} and {@code up} extract and store: batching, extraction threads, bulk loading. */
final class LoadOptions {
    @Option(names = "--batch", paramLabel = "N", defaultValue = "1",
            description = "Articles stored per write transaction when not bulk loading (default: ${DEFAULT-VALUE}: "
                    + "each article atomic on its own). More is much faster (each commit syncs to disk); an "
                    + "interrupted run then loses the unfinished batch, which the next run redoes.")
    int batch = 1;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads working ahead of the one writer (default: the number of cores; "
                    + "0 extracts on the writer's thread).")
    Integer threads;

    @Option(names = "--bulk", paramLabel = "WHEN", defaultValue = "auto",
            description = "Load through TDB2's bulk loader: auto, on or off. auto (default): when the "
                    + "store holds no article yet and there are at least " + Ingester.Bulk.AUTO_MIN_FILES
                    + " files; on: always (the store must hold no article). A bulk load holds the store until it "
                    + "ends; if it is interrupted the store folder must be deleted and the load run again.")
    Ingester.Bulk bulk = Ingester.Bulk.AUTO;

    Ingester.Options options() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new Ingester.Options(batch, n, bulk);
    }
}
