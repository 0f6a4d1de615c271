package org.newsgraph.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.vocab.Iris;

/**
 * What the server says about one IRI, as one SPARQL {@code CONSTRUCT} (so that a page can offer the very query that
 * produced it): the resource's triples in every graph (reference, articles, support) with the labels of what they
 * point to; the statements that have it as an argument, with their provenance; other resources that link to it;
 * and, for an article, its whole graph.
 */
final class Describer {
    private static final String QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            CONSTRUCT {
              ?r ?p ?o . ?o ?lp ?ol .
              ?st ?sp ?so . ?so ?slp ?sol .
              ?in ?ip ?r . ?in ?ilp ?inl .
              ?as ?ap ?ao .
            } WHERE {
              VALUES ?r { <%s> }
              { GRAPH ?g { ?r ?p ?o }
                OPTIONAL { VALUES ?lp { skos:prefLabel dcterms:title } GRAPH ?lg { ?o ?lp ?ol } } }
              UNION
              { GRAPH ?g { ?st ?arg ?r . ?st ?sp ?so }
                FILTER(STRSTARTS(STR(?st), "%s") || STRSTARTS(STR(?st), "%smembership/")
                       || STRSTARTS(STR(?st), "%spost/"))
                OPTIONAL { VALUES ?slp { skos:prefLabel dcterms:title } GRAPH ?slg { ?so ?slp ?sol } } }
              UNION
              { GRAPH ?g { ?in ?ip ?r } FILTER(isIRI(?in) && !STRSTARTS(STR(?in), "%s"))
                OPTIONAL { VALUES ?ilp { skos:prefLabel dcterms:title } GRAPH ?ilg { ?in ?ilp ?inl } } }
              UNION
              { GRAPH ?r { ?as ?ap ?ao } }
            }""";

    private final DatasetGraph dataset;
    private final Duration timeout;

    Describer(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** The query that describes an IRI (IRIs reaching here were checked by {@link ResourcePath}). */
    static String query(String iri) {
        return QUERY.formatted(iri, Iris.STATEMENT, Iris.ENTITY, Iris.ENTITY, Iris.STATEMENT);
    }

    /** True when some graph has the IRI as a subject, or it names a graph. */
    boolean exists(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () ->
                dataset.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext() || dataset.containsGraph(n));
    }

    Graph describe(String iri) {
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(query(iri))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).construct());
    }

    /** A copy of one named graph (the ontology). */
    Graph graph(String name) {
        Node g = NodeFactory.createURI(name);
        return Txn.calculateRead(dataset, () -> {
            Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.getGraph(g).find().forEachRemaining(out::add);
            return out;
        });
    }
}
