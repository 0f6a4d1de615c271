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
 * ({@link BarePass}) over the same texts, and the pipeline on a pool of 2 threads against 1. Each pass is run
 * {@code rounds} times after one warm-up round; the best round counts (least disturbed by other load).
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

        double bareS = best(rounds, articles, nlp, 1);
        double fullS = best(rounds, articles, full, 1);
        double full2S = best(rounds, articles, full, 2);
        double mb = bytes / 1e6;
        int n = articles.size();
        System.out.printf("| extraction vs bare NLP pass (%s, %d articles, %.1f MB) | pipeline %.1f art/s, %.2f MB/s "
                        + "| bare %.1f art/s, %.2f MB/s | %.2f | >= 0.7 |%n",
                name, n, mb, n / fullS, mb / fullS, n / bareS, mb / bareS, bareS / fullS);
        System.out.printf("| parallel extraction, 2 threads vs 1 (%s) | 2 threads %.1f art/s | 1 thread %.1f art/s "
                + "| %.2fx | >= 1.7x |%n", name, n / full2S, n / fullS, fullS / full2S);
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
