package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent load of simple entity lookups ({@code SELECT ?p ?o WHERE { GRAPH ?g { <entity> ?p ?o } } LIMIT 100},
 * GET with the query URL-encoded) against a SPARQL endpoint, from its own JVM: THREADS clients for SECONDS seconds
 * after a 3-second warm-up, over a sample of entity IRIs fetched from the endpoint itself. Prints requests/s and
 * the error count on one line: {@code lookups/s <n> errors <e>}.
 *
 * <pre>java -cp target/benchmarks.jar org.newsgraph.bench.LoadClient URL THREADS SECONDS</pre>
 */
public final class LoadClient {
    private static final String SAMPLE = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?f <https://w3id.org/newsgraph/ontology#"
            + "entity> ?s } } LIMIT 200";

    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> iris = sample(http, url);
        if (iris.isEmpty()) {
            throw new IllegalStateException("no entity IRIs found at " + url + " with: " + SAMPLE);
        }
        run(http, url, iris, threads, 3);
        long[] r = run(http, url, iris, threads, seconds);
        System.out.printf("lookups/s %.1f errors %d (%d threads, %d s, %d entities)%n", r[0] / (double) seconds, r[1],
                threads, seconds, iris.size());
    }

    static List<String> sample(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(get(url, SAMPLE), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static long[] run(HttpClient http, String url, List<String> iris, int threads, int seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread th = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i += threads) {
                    String q = "SELECT ?p ?o WHERE { GRAPH ?g { <" + iris.get(i % iris.size()) + "> ?p ?o } } LIMIT 100";
                    try {
                        HttpResponse<byte[]> r = http.send(get(url, q), HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            th.start();
            ts.add(th);
        }
        for (Thread th : ts) {
            th.join();
        }
        return new long[] {ok.get(), errors.get()};
    }

    static HttpRequest get(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json").GET().build();
    }
}
