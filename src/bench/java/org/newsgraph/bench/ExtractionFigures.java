package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Pipeline;

/**
 * Extraction figures over one corpus, in one JVM: the full pipeline (Pipeline.run) against the bare NLP pass
 * ({@link BarePass}) over the same texts, alternated round by round after one warm-up pass of each, and the
 * pipeline on a pool of 2 threads against 1 (each after one warm-up). The best of {@code rounds} rounds counts
 * (least disturbed by other load); the extraction ratio is also given by CPU time of the thread.
 * Prints one Markdown table row per figure.
 *
 * <pre>java -cp target/benchmarks.jar org.newsgraph.bench.ExtractionFigures NAME ROUNDS PATH...</pre>
 */
public final class ExtractionFigures {
    private ExtractionFigures() {}

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int rounds = Integer.parseInt(args[1]);
        List<Path> roots = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        List<Article> articles = Workload.read(roots, Integer.MAX_VALUE);
        long bytes = Workload.bytes(articles);
        Pipeline pipeline = Pipeline.load(OntologyFiles.locate());
        ThreadLocal<BarePass> bare = ThreadLocal.withInitial(() -> new BarePass(pipeline.profiles()));
        ToLongFunction<Article> full = a -> pipeline.run(a).facts().size();
        ToLongFunction<Article> nlp = a -> bare.get().run(a);

        run(articles, nlp, 1);
        run(articles, full, 1);
        double[] bare1 = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] full1 = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r < rounds; r++) {
            min(bare1, timed(articles, nlp));
            min(full1, timed(articles, full));
        }
        double full2S = best(rounds, articles, full, 2);
        double mb = bytes / 1e6;
        int n = articles.size();
        double bareS = bare1[0];
        double fullS = full1[0];
        System.out.printf("| extraction vs bare NLP pass (%s, %d articles, %.1f MB) | pipeline %.1f art/s, %.2f MB/s "
                        + "| bare %.1f art/s, %.2f MB/s | %.2f | >= 0.7 | by CPU time of the thread: %.2f |%n",
                name, n, mb, n / fullS, mb / fullS, n / bareS, mb / bareS, bareS / fullS, bare1[1] / full1[1]);
        System.out.printf("| parallel extraction, 2 threads vs 1 (%s) | 2 threads %.1f art/s | 1 thread %.1f art/s "
                + "| %.2fx | >= 1.7x | |%n", name, n / full2S, n / fullS, fullS / full2S);
    }

    private static void min(double[] best, double[] t) {
        best[0] = Math.min(best[0], t[0]);
        best[1] = Math.min(best[1], t[1]);
    }

    /**
     * One pass on this thread: wall-clock seconds and CPU seconds of the thread. On a shared machine the CPU time
     * is the steadier of the two (it does not count the time other processes hold the core).
     */
    static double[] timed(List<Article> articles, ToLongFunction<Article> work) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sum = 0;
        for (Article a : articles) {
            sum += work.applyAsLong(a);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        if (sum < 0) {
            throw new IllegalStateException();
        }
        return new double[] {wall, cpu};
    }

    /** Seconds of the fastest of {@code rounds} timed passes, after one untimed warm-up pass. */
    static double best(int rounds, List<Article> articles, ToLongFunction<Article> work, int threads) throws Exception {
        run(articles, work, threads);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            run(articles, work, threads);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static long run(List<Article> articles, ToLongFunction<Article> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                long sum = 0;
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    sum += work.applyAsLong(articles.get(i));
                }
                return sum;
            }));
        }
        long sum = 0;
        for (Future<Long> f : parts) {
            sum += f.get();
        }
        pool.shutdown();
        return sum;
    }
}
