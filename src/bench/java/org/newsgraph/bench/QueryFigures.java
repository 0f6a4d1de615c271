package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of every {@code *.rq} file of a folder against a SPARQL endpoint (one client, sequential): median and
 * p95 over {@code runs} timed requests after 2 warm-up requests, or over fewer (at least 3, after one warm-up) when a
 * query has used up its time budget (system property {@code budget}, seconds, default 60): whole-corpus aggregates take seconds. A query using {@code text:} is marked as a text
 * query (the 100 ms target is for the others). Prints Markdown table rows.
 *
 * <pre>java -cp target/benchmarks.jar org.newsgraph.bench.QueryFigures URL QUERY_DIR RUNS</pre>
 */
public final class QueryFigures {
    private QueryFigures() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path dir = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Path> queries;
        try (var s = Files.walk(dir)) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path q : queries) {
            String text = Files.readString(q);
            boolean isText = text.contains("text:");
            double[] ms = new double[runs];
            int errors = 0;
            long rows = 0;
            int done = 0;
            long deadline = System.nanoTime() + Long.getLong("budget", 60) * 1_000_000_000L;
            for (int i = -2; i < runs && (i < 3 || System.nanoTime() < deadline); i++) {
                if (i == -1 && System.nanoTime() > deadline - 50_000_000_000L) {
                    continue; // the first warm-up took over 10 s of the budget: one warm-up is enough
                }
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(request(url, text), HttpResponse.BodyHandlers.ofByteArray());
                double t = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != 200) {
                    errors++;
                }
                if (i >= 0) {
                    ms[i] = t;
                    rows = r.body().length;
                    done = i + 1;
                }
            }
            ms = Arrays.copyOf(ms, done);
            Arrays.sort(ms);
            boolean ok = isText || Bench.quantile(ms, 0.95) <= 100;
            System.out.printf("| %s%s | median %.1f ms | p95 %.1f ms | %s | %d runs, %d errors, %d bytes |%n",
                    dir.relativize(q), isText ? " (text)" : "", Bench.quantile(ms, 0.5), Bench.quantile(ms, 0.95),
                    isText ? "text query, no target" : ok ? "meets p95 <= 100 ms" : "MISSES p95 <= 100 ms", done, errors,
                    rows);
        }
    }

    static HttpRequest request(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }
}
