package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsGraphStore;

/**
 * End to end: what {@code newsgraph ingest} does (ArticleFinder, then Ingester into a fresh store), timed, with
 * the heap used after a full GC recorded at 10%, 50% and 100% of the corpus (run it with -Xmx1g). Prints
 * Markdown table rows. The settings are {@code ingest}'s defaults (extraction threads = cores, bulk loading when the
 * store is empty, one article per transaction otherwise); system properties {@code threads}, {@code bulk}
 * (auto, on, off) and {@code batch} change them, as the options of the same names do.
 *
 * <pre>java -Xmx1g [-Dbulk=off -Dbatch=100] -cp target/benchmarks.jar org.newsgraph.bench.EndToEnd STORE PATH...</pre>
 */
public final class EndToEnd {
    private EndToEnd() {}

    public static void main(String[] args) {
        Ingester.Options options = new Ingester.Options(Integer.getInteger("batch", 1),
                Integer.getInteger("threads", Runtime.getRuntime().availableProcessors()),
                Ingester.Bulk.valueOf(System.getProperty("bulk", "auto").toUpperCase(java.util.Locale.ROOT)));
        Path storeDir = Path.of(args[0]);
        List<Path> roots = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        Bench.deleteTree(storeDir);
        OntologyFiles files = OntologyFiles.locate();
        long t0 = System.nanoTime();
        List<Path> paths = ArticleFinder.find(roots);
        int n = paths.size();
        Set<Integer> checkpoints = Set.of(n / 10, n / 2, n);
        StringBuilder heap = new StringBuilder();
        Ingester.Result r;
        try (NewsGraphStore store = NewsGraphStore.open(storeDir)) {
            Pipeline p = Pipeline.load(files);
            Ingester ing = new Ingester(p, store, new TextArticleReader(16L << 20), files, options);
            r = ing.ingest(paths, (done, total, current) -> {
                if (checkpoints.contains(done) && done > 0) {
                    heap.append(String.format("%d: %.0f MB; ", done, heapAfterGc() / 1e6));
                }
            });
        }
        double s = (System.nanoTime() - t0) / 1e9;
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("| end to end, ingest (--threads %d --bulk %s --batch %d) of %d articles (max heap %d MB) | %.1f s, "
                        + "%.1f art/s, %d triples, %d errors | limit 600 s | %.2f of limit | <= 1.00 | heap after GC at %s|%n",
                options.threads(), options.bulk().name().toLowerCase(java.util.Locale.ROOT), options.batch(),
                r.articles(), max >> 20, s, r.articles() / s, r.triples(), r.failures().size(), s / 600, heap);
    }

    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
