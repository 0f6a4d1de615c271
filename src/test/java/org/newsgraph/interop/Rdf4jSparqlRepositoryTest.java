package org.newsgraph.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.server.NewsGraphServer;

/** RDF4J's SPARQLRepository, a client many Java tools use, against the running endpoint over the seed store. */
class Rdf4jSparqlRepositoryTest {
    static final String NG = "https://w3id.org/newsgraph/ontology#";
    static final String ID = "https://w3id.org/newsgraph/id/";
    static NewsGraphServer server;

    @BeforeAll
    static void start() {
        server = SeedStore.server();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static SPARQLRepository repository() {
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
        repo.init();
        return repo;
    }

    @Test
    void selectListsTheArmsTransfersWithTheirSources() {
        SPARQLRepository repo = repository();
        try (RepositoryConnection c = repo.getConnection()) {
            String q = """
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?supplier ?recipient ?equipment ?article ?evidence WHERE {
                      GRAPH ?article { ?t a ng:ArmsTransferStatement ; ng:supplier ?supplier ; ng:recipient ?recipient ;
                                          ng:evidence ?evidence . OPTIONAL { ?t ng:equipment ?equipment } }
                    }""";
            Set<String> transfers = new HashSet<>();
            try (TupleQueryResult r = c.prepareTupleQuery(q).evaluate()) {
                assertEquals(List.of("supplier", "recipient", "equipment", "article", "evidence"), r.getBindingNames());
                for (BindingSet b : r) {
                    String equipment = b.hasBinding("equipment") ? local(b.getValue("equipment").stringValue()) : "-";
                    transfers.add(local(b.getValue("supplier").stringValue()) + " > " + local(b.getValue("recipient").stringValue())
                            + " : " + equipment + " @ " + local(b.getValue("article").stringValue()));
                    assertTrue(b.getValue("evidence").isLiteral());
                }
            }
            assertTrue(transfers.contains("ukraine > kazakhstan : s-300 @ 000_64255a36b834ab02"), transfers.toString());
            assertTrue(transfers.contains("ukraine > kazakhstan : armoured-personnel-carrier @ 000_64255a36b834ab02"),
                    transfers.toString());
            assertTrue(transfers.contains("russia > kazakhstan : - @ 001_8ffcc6664766d8cb"), transfers.toString());
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void constructGivesTheDirectCooperationTriplesAsAnRdf4jModel() {
        SPARQLRepository repo = repository();
        try (RepositoryConnection c = repo.getConnection()) {
            String q = """
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    CONSTRUCT { ?a ng:cooperatesWith ?b } WHERE {
                      GRAPH ?g { ?s a ng:CooperationStatement ; ng:party ?a , ?b FILTER(?a != ?b) }
                    }""";
            Model m = QueryResults.asModel(c.prepareGraphQuery(q).evaluate());
            ValueFactory vf = SimpleValueFactory.getInstance();
            IRI cooperates = vf.createIRI(NG, "cooperatesWith");
            IRI kazakhstan = vf.createIRI(ID, "state/kazakhstan");
            assertTrue(m.contains(kazakhstan, cooperates, vf.createIRI(ID, "intorg/nato")), m.toString());
            assertTrue(m.contains(vf.createIRI(ID, "state/ukraine"), cooperates, vf.createIRI(ID, "intorg/csto")), m.toString());
            assertTrue(m.contains(kazakhstan, cooperates, vf.createIRI(ID, "state/russia")), m.toString());
            assertTrue(m.contains(vf.createIRI(ID, "state/russia"), cooperates, kazakhstan), "symmetric both ways");
            assertEquals(Set.of(cooperates), m.predicates());
        } finally {
            repo.shutDown();
        }
    }

    static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
