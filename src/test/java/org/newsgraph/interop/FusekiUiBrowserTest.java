package org.newsgraph.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.server.NewsGraphServer;

/**
 * The Fuseki UI in headless Chromium (Debian's {@code chromium}, driven by playwright-core): from the home page to
 * the dataset's query page, a query typed into the editor and run, its result read from the table; a screenshot is
 * left in {@code target/fuseki-ui.png}.
 */
class FusekiUiBrowserTest {
    static final Path SCREENSHOT = Path.of("target/fuseki-ui.png").toAbsolutePath();

    @Test
    void theUiRunsAQueryAndShowsTheArticleCountInItsResultTable() throws IOException {
        NewsGraphServer server = SeedStore.server();
        try {
            Files.deleteIfExists(SCREENSHOT);
            String query = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
                    + "SELECT (COUNT(DISTINCT ?article) AS ?articles) WHERE { GRAPH ?article { ?article a ng:NewsArticle } }";
            JsonObject shown = JSON.parse(NodeScript.run("fuseki-ui.js", server.baseUrl(), NewsGraphServer.DATASET, query,
                    SCREENSHOT.toString()));
            assertEquals("Apache Jena Fuseki UI", shown.getString("title"));
            // the page lives at "/" (its endpoints are relative to it) with the NewsGraph dataset chosen
            assertTrue(shown.getString("url").matches("http://[^/]+/(\\?ui)?#/dataset/newsgraph/query"), shown.toString());
            assertTrue(shown.get("headers").getAsArray().stream().anyMatch(h -> h.getAsString().value().equals("articles")),
                    shown.toString());
            var rows = shown.get("rows").getAsArray();
            assertEquals(1, rows.size(), shown.toString());
            assertTrue(rows.get(0).getAsArray().stream().anyMatch(c -> c.getAsString().value().startsWith("\"2\"")),
                    "the table should show 2 articles: " + shown);
            assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot " + SCREENSHOT + " is missing or empty");
        } finally {
            server.stop();
        }
    }
}
