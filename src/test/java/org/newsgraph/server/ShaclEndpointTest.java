package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.OntologyFiles;
import org.newsgraph.vocab.Iris;

/** {@code POST /newsgraph/shacl?graph=union} validates the whole dataset against the posted shapes. */
class ShaclEndpointTest {
    static final OntologyFiles FILES = OntologyFiles.locate();

    static DatasetGraph dataset(String fixture) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            RDFDataMgr.read(d, Path.of("src/test/resources/ontology", fixture).toUri().toString());
            RDFDataMgr.read(d.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)), FILES.ontology().toUri().toString());
        });
        return d;
    }

    static ValidationReport post(DatasetGraph d) throws Exception {
        NewsGraphServer server = NewsGraphServer.create().dataset(d).port(0).ui(false).build().start();
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/newsgraph/shacl?graph=union"))
                    .header("Content-Type", "text/turtle")
                    .header("Accept", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofFile(FILES.shapes()))
                    .build();
            HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode(), resp.body());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(resp.body())).lang(Lang.TURTLE).parse(g);
            return ValidationReport.fromGraph(g);
        } finally {
            server.stop();
        }
    }

    @Test
    void correctDataConformsOverHttp() throws Exception {
        ValidationReport r = post(dataset("every-statement-kind.trig"));
        assertTrue(r.conforms(), r.getEntries().toString());
    }

    @Test
    void brokenDataGivesAReportWithTheShapesMessages() throws Exception {
        ValidationReport r = post(dataset("broken.trig"));
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.message().contains("must lie between 0 and 1")),
                r.getEntries().toString());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.message().contains("must be one of the 11 roles")));
    }
}
