package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsGraphStore;

/** The endpoints of a server started with a password file, and their hardening (issue 5 item 1, issue 6 item 5). */
class EndpointsTest {
    @TempDir
    static Path dir;
    static NewsGraphStore store;
    static NewsGraphServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        store = SeedServer.seedStore(dir.resolve("store"));
        Path passwd = Files.writeString(dir.resolve("passwd"), "analyst: s3cret-Pa55\n");
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).passwordFile(passwd)
                .timeout(Duration.ofSeconds(2)).maxBodyBytes(64 * 1024).build().start();
        base = server.baseUrl() + NewsGraphServer.DATASET;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> update(String update, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return SeedServer.send(b.build());
    }

    static HttpResponse<String> query(String query) throws Exception {
        return SeedServer.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    static final String INSERT = "INSERT DATA { GRAPH <urn:x:test> { <urn:x:s> <urn:x:p> \"written by the analyst\" } }";
    static final String ASK = "ASK { GRAPH <urn:x:test> { <urn:x:s> <urn:x:p> ?o } }";

    @Test
    void updateNeedsTheRightCredentialsAndThenChangesTheStore() throws Exception {
        assertEquals(401, update(INSERT, null, null).statusCode());
        int wrong = update(INSERT, "analyst", "guess").statusCode();
        assertTrue(wrong == 401 || wrong == 403, "wrong password answered " + wrong);
        assertTrue(query(ASK).body().contains("false"), "a refused update changed the store");
        HttpResponse<String> ok = update(INSERT, "analyst", "s3cret-Pa55");
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertTrue(query(ASK).body().contains("true"), "the update is not visible to queries");
        update("DROP SILENT GRAPH <urn:x:test>", "analyst", "s3cret-Pa55");
    }

    @Test
    void loadOfALocalFileIsRefusedEvenWithCredentials() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<urn:x:secret> <urn:x:p> \"server file\" .\n");
        HttpResponse<String> r = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:stolen>",
                "analyst", "s3cret-Pa55");
        assertTrue(r.statusCode() >= 400, "LOAD of a file: IRI answered " + r.statusCode());
        assertTrue(r.body().contains("refused"), r.body());
        HttpResponse<String> silent = update("LOAD SILENT <" + secret.toUri() + "> INTO GRAPH <urn:x:stolen>",
                "analyst", "s3cret-Pa55");
        assertTrue(silent.statusCode() >= 400, "LOAD SILENT of a file: IRI answered " + silent.statusCode());
        assertTrue(query("ASK { GRAPH ?g { <urn:x:secret> ?p ?o } }").body().contains("false"),
                "the file's triples reached the store");
    }

    @Test
    void aCrossProductIsStoppedByTheTimeout() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
                + "GRAPH ?c { ?s3 ?p3 ?o3 } }");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
    }

    @Test
    void fullTextSearchAnswersThroughTheEndpoint() throws Exception {
        HttpResponse<String> r = query("PREFIX text: <http://jena.apache.org/text#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?e { ?e text:query (skos:prefLabel \"Казахстана\" \"lang:ru\") }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/newsgraph/id/state/kazakhstan"), r.body());
    }

    @Test
    void malformedSparqlGets400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = query("SELECT ?s WHERE { ?s ?p }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") && r.body().contains("line 1"), r.body());
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        String big = "SELECT * { ?s ?p ?o } # " + "x".repeat(100 * 1024);
        assertEquals(413, query(big).statusCode());
        assertEquals(413, update(INSERT + " # " + "x".repeat(100 * 1024), "analyst", "s3cret-Pa55").statusCode());
        // a body of unknown length (chunked) is refused as well, and a small one still goes through
        assertEquals(413, chunked(big).statusCode());
        assertEquals(200, chunked("ASK {}").statusCode());
    }

    static HttpResponse<String> chunked(String query) throws Exception {
        byte[] body = query.getBytes(StandardCharsets.UTF_8);
        return SeedServer.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
    }

    @Test
    void corsAllowsAnyOriginWithoutCredentials() throws Exception {
        HttpResponse<String> r = SeedServer.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                        + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Origin", "https://analyst.example").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").map("true"::equals).orElse(false));
    }

    @Test
    void pingAndPrometheusMetrics() throws Exception {
        assertEquals(200, SeedServer.get(server.baseUrl() + "/$/ping", null).statusCode());
        HttpResponse<String> m = SeedServer.get(server.baseUrl() + "/$/metrics", null);
        assertEquals(200, m.statusCode());
        assertTrue(m.body().contains("# TYPE") && m.body().contains("fuseki_requests"), m.body());
    }

    @Test
    void rootSendsBrowsersToTheQueryPageOfTheDataset() throws Exception {
        HttpResponse<String> r = SeedServer.get(server.baseUrl() + "/", "text/html");
        assertEquals(302, r.statusCode());
        String target = r.headers().firstValue("Location").orElseThrow();
        assertEquals("/?ui#/dataset/newsgraph/query", target);
        assertEquals(200, SeedServer.get(server.baseUrl() + "/?ui", "text/html").statusCode());
        // the UI's query page sends queries to the first query endpoint /$/server lists for the dataset
        String status = SeedServer.get(server.baseUrl() + "/$/server", "application/json").body();
        assertTrue(status.replaceAll("\\s", "").contains("\"srv.endpoints\":[\"sparql\""), status);
    }

    @Test
    void withoutAPasswordFileUpdateAndDataDoNotExist() throws Exception {
        NewsGraphServer readOnly = NewsGraphServer.create().dataset(store.dataset()).port(0).build().start();
        try {
            String ro = readOnly.baseUrl() + NewsGraphServer.DATASET;
            HttpResponse<String> u = SeedServer.send(HttpRequest.newBuilder(URI.create(ro + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(INSERT)).build());
            assertEquals(404, u.statusCode(), u.body());
            HttpResponse<String> d = SeedServer.send(HttpRequest.newBuilder(URI.create(ro + "/data?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build());
            assertEquals(404, d.statusCode(), d.body());
        } finally {
            readOnly.stop();
        }
    }
}
