package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.store.CorpusGenerator;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsGraphStore;
import org.newsgraph.vocab.Iris;

/**
 * Queries during an ingest see consistent snapshots: four HTTP clients query the server while an ingest writes to
 * the same TDB2 dataset. Every answer is 200, article counts never go backwards for a client, and in every answer
 * the support counts add up to the article-to-fact links (a half-applied article would break that).
 */
class ConcurrentQueryTest {
    private static final int ARTICLES = 60;
    private static final int CLIENTS = 4;
    private static final String QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT ?articles ?links ?support {
              { SELECT (COUNT(DISTINCT ?g) AS ?articles) { GRAPH ?g { ?g a ng:NewsArticle } } }
              { SELECT (COUNT(*) AS ?links) { SELECT DISTINCT ?g ?f { GRAPH ?g { ?s ng:fact ?f } } } }
              { SELECT (COALESCE(SUM(?c), 0) AS ?support) { GRAPH <%s> { ?fact ng:supportCount ?c } } }
            }""".formatted(Iris.SUPPORT_GRAPH);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void queriesDuringAnIngestSeeConsistentGrowingSnapshots() throws Exception {
        Path in = dir.resolve("in");
        new CorpusGenerator(OntologyFiles.locate()).write(in, 5, ARTICLES, 1, 0);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try (NewsGraphStore store = NewsGraphStore.open(dir.resolve("st"));
             NewsGraphServer server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start()) {
            TestStores.pipeline();
            AtomicBoolean ingestDone = new AtomicBoolean();
            Future<Ingester.Result> ingest = pool.submit(() -> {
                try {
                    return TestStores.ingest(store, List.of(in));
                } finally {
                    ingestDone.set(true);
                }
            });
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            List<Future<Integer>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> client(server.sparqlUrl(), ingestDone, seen)));
            }
            assertEquals(ARTICLES, ingest.get().loaded(), "the ingest completes while being queried");
            int queries = 0;
            for (Future<Integer> f : clients) {
                queries += f.get();
            }
            assertTrue(seen.contains((long) ARTICLES), "the last answers see every article: " + seen);
            assertTrue(seen.size() >= 2, "queries overlapped the ingest: counts seen " + seen);
            System.out.printf("ConcurrentQueryTest: %d queries by %d clients during an ingest of %d articles, "
                    + "%d distinct counts seen, errors: 0%n", queries, CLIENTS, ARTICLES, seen.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Queries until the ingest is over (and a few times more); returns how many queries it ran. */
    private static int client(String endpoint, AtomicBoolean ingestDone, Set<Long> seen) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long last = -1;
        int after = 0;
        int n = 0;
        while (after < 3 && n < 5000) {
            if (ingestDone.get()) {
                after++;
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            n++;
            assertEquals(200, r.statusCode(), r.body());
            String[] row = r.body().lines().skip(1).findFirst().orElseThrow().split(",");
            long articles = Long.parseLong(row[0].strip());
            long links = Long.parseLong(row[1].strip());
            long support = Long.parseLong(row[2].strip());
            assertTrue(articles >= last, "article count went back from " + last + " to " + articles);
            assertEquals(links, support, "support counts add up to the fact links in one snapshot (" + articles + " articles)");
            last = articles;
            seen.add(articles);
        }
        return n;
    }
}
