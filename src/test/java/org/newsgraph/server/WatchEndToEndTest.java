package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.ArticleFormat;
import org.newsgraph.article.JsonFields;
import org.newsgraph.article.MultiFormatReader;
import org.newsgraph.store.FolderWatcher;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsGraphStore;

/** A server on port 0 over a watched folder: the SPARQL endpoint follows files added, changed and deleted. */
class WatchEndToEndTest {
    static final String IDS = "SELECT ?id { GRAPH ?a { ?a <http://purl.org/dc/terms/identifier> ?id } }";
    static final long DEADLINE_MS = 20_000;

    @TempDir
    Path dir;

    @Test
    void storeFollowsTheFolderWhileServing() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("early.txt"), "Armenia and India signed a defence cooperation plan on Monday.");
        try (NewsGraphStore store = NewsGraphStore.open(dir.resolve("store"))) {
            Ingester ingester = new Ingester(TestStores.pipeline(), store,
                    new MultiFormatReader(ArticleFormat.auto, 1 << 20, JsonFields.DEFAULT), OntologyFiles.locate());
            NewsGraphServer server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start();
            try (FolderWatcher w = new FolderWatcher(ingester, store, java.util.List.of(inbox), Duration.ofMillis(300)).start()) {
                HttpClient http = HttpClient.newHttpClient();
                assertEquals(Set.of("early"), ids(http, server));

                Files.writeString(inbox.resolve("new.txt"), "Georgia received radars from France last year.");
                awaitIds(http, server, s -> s.equals(Set.of("early", "new")));

                Files.writeString(inbox.resolve("new.txt"), "Georgia received radars from Ukraine last year.");
                await(() -> query(http, server, "ASK { GRAPH <https://w3id.org/newsgraph/article/new> { ?a "
                        + "<https://w3id.org/newsgraph/ontology#mentions> <https://w3id.org/newsgraph/id/state/ukraine> } }")
                        .contains("true"), "changed file re-ingested");

                Path sub = Files.createDirectories(inbox.resolve("feeds"));
                Files.copy(Path.of("src/test/resources/article/feed.atom"), sub.resolve("nordic.atom"));
                awaitIds(http, server, s -> s.size() == 4);

                String oneEntry = Files.readString(sub.resolve("nordic.atom")).replaceAll("(?s)  <entry>\\s*<title>Finland.*?</entry>\n", "");
                Files.writeString(sub.resolve("nordic.atom"), oneEntry);
                awaitIds(http, server, s -> s.size() == 3);

                Files.delete(inbox.resolve("early.txt"));
                awaitIds(http, server, s -> s.size() == 2 && s.contains("new") && !s.contains("early"));
                assertTrue(store.articleIds().contains("new"));
            } finally {
                server.stop();
            }
        }
    }

    private void awaitIds(HttpClient http, NewsGraphServer server, Predicate<Set<String>> ok) throws Exception {
        await(() -> ok.test(ids(http, server)), "ids " + ids(http, server));
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Check c, String what) throws Exception {
        long end = System.currentTimeMillis() + DEADLINE_MS;
        while (!c.ok()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("store did not follow the folder within " + DEADLINE_MS + " ms: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static Set<String> ids(HttpClient http, NewsGraphServer server) throws IOException, InterruptedException {
        Set<String> out = new TreeSet<>();
        JSON.parse(query(http, server, IDS)).getObj("results").get("bindings").getAsArray()
                .forEach(v -> out.add(v.getAsObject().getObj("id").getString("value")));
        return out;
    }

    private static String query(HttpClient http, NewsGraphServer server, String q) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
