package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;
import org.newsgraph.store.NewsGraphStore;

/** Seeds into a temporary TDB2 store, Fuseki on port 0, SPARQL over HTTP with JSON results. */
class EndToEndTest {
    @TempDir
    Path dir;

    static final String QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?id ?text ?start ?end ?evidence WHERE {
              GRAPH ?a {
                ?a dcterms:identifier ?id ; ng:text ?text .
                ?m a ng:Mention ; ng:entity <https://w3id.org/newsgraph/id/state/kazakhstan> ;
                   ng:startOffset ?start ; ng:endOffset ?end ; ng:evidence ?evidence .
              }
            }""";

    @Test
    void kazakhstanIsMentionedInBothSeedsWithCorrectOffsets() throws Exception {
        try (NewsGraphStore store = NewsGraphStore.open(dir.resolve("store"))) {
            assertEquals(0, TestStores.ingest(store, List.of(TestStores.seeds())).failures().size());
            NewsGraphServer server = NewsGraphServer.create().dataset(store.dataset()).port(0).build().start();
            try {
                assertTrue(server.port() > 0);
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)))
                        .build();
                HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, resp.statusCode(), resp.body());
                JsonArray rows = JSON.parse(resp.body()).getObj("results").get("bindings").getAsArray();
                Set<String> articles = new HashSet<>();
                Map<String, String> texts = new HashMap<>();
                for (var v : rows) {
                    JsonObject row = v.getAsObject();
                    String id = value(row, "id");
                    articles.add(id);
                    String text = texts.computeIfAbsent(id, k -> readSeed(k));
                    int s = Integer.parseInt(value(row, "start"));
                    int e = Integer.parseInt(value(row, "end"));
                    assertEquals(value(row, "evidence"), text.substring(s, e));
                    assertTrue(text.substring(s, e).startsWith("Kazak"), text.substring(s, e));
                    assertEquals(value(row, "text"), text);
                }
                assertEquals(Set.of("000_64255a36b834ab02", "001_8ffcc6664766d8cb"), articles);

                HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + URLEncoder.encode("ASK { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(get.body().contains("true"), get.body());
                HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/index.html")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ui.statusCode());
                assertTrue(ui.body().contains("Fuseki"), ui.body());
            } finally {
                server.stop();
            }
        }
    }

    private static String value(JsonObject row, String var) {
        return row.getObj(var).getString("value");
    }

    private static String readSeed(String id) {
        try {
            return Files.readString(TestStores.seeds().resolve(id + ".txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
