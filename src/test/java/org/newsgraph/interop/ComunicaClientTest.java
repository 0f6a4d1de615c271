package org.newsgraph.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.server.NewsGraphServer;

/** Comunica ({@code @comunica/query-sparql}, run by Node) queries the running endpoint over the seed store. */
class ComunicaClientTest {
    static NewsGraphServer server;

    @BeforeAll
    static void start() {
        server = SeedStore.server();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static JsonArray query(String sparql) {
        return JSON.parseAny(NodeScript.run("comunica-query.js", server.sparqlUrl(), sparql)).getAsArray();
    }

    @Test
    void comunicaListsWhoCompetesWithUkraine() {
        JsonArray rows = query("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?competitor ?label WHERE {
                  GRAPH ?a { ?c a ng:CompetitionStatement ;
                                ng:party <https://w3id.org/newsgraph/id/state/ukraine> , ?competitor }
                  FILTER(?competitor != <https://w3id.org/newsgraph/id/state/ukraine>)
                  GRAPH <https://w3id.org/newsgraph/graph/reference> {
                    ?competitor skos:prefLabel ?label FILTER(lang(?label) = "en") }
                }""");
        Set<String> labels = new HashSet<>();
        for (JsonValue v : rows) {
            JsonObject row = v.getAsObject();
            assertEquals("NamedNode", row.getObj("competitor").getString("termType"));
            assertEquals("en", row.getObj("label").getString("language"));
            labels.add(row.getObj("label").getString("value"));
        }
        assertEquals(Set.of("Russia", "Israel", "South Africa"), labels);
    }

    @Test
    void comunicaRunsALibraryQueryWithTheSameRowsAsJena() throws IOException {
        String q = Files.readString(Path.of("queries/arms-transfers.rq"), StandardCharsets.UTF_8);
        JsonArray rows = query(q);
        Set<String> transfers = new HashSet<>();
        for (JsonValue v : rows) {
            JsonObject row = v.getAsObject();
            String equipment = row.hasKey("equipmentLabel") ? row.getObj("equipmentLabel").getString("value") : "-";
            transfers.add(row.getObj("supplierLabel").getString("value") + " > "
                    + row.getObj("recipientLabel").getString("value") + " : " + equipment);
        }
        assertTrue(transfers.contains("Ukraine > Kazakhstan : S-300"), transfers.toString());
        assertTrue(transfers.contains("Russia > Kazakhstan : -"), transfers.toString());
        assertEquals(4, rows.size(), "one row per transfer statement on the seeds: " + rows);
    }
}
