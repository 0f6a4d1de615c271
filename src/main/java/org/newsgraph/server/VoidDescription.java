package org.newsgraph.server;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.vocab.Iris;

/**
 * The VoID description of the dataset (served at {@code /.well-known/void}, RFC 5785 / VoID §7) together with the
 * SPARQL 1.1 service description of its endpoint: triple count, entities per class, URI space, vocabularies,
 * example resources, the endpoint and what it supports.
 */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String[] VOCABULARIES = {Iris.BASE + "ontology#", "http://www.w3.org/2004/02/skos/core#",
        "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#", "https://schema.org/", "http://www.w3.org/ns/lemon/ontolex#"};
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
        "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples"};

    private VoidDescription() {}

    /**
     * @param base the server's base URL ({@code http://host:port}), for the endpoint and the description's own IRIs
     */
    static Graph describe(DatasetGraph dsg, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("ng", Iris.BASE + "ontology#");
        Node ds = uri(base + "/.well-known/void#newsgraph");
        Node service = uri(base + "/.well-known/void#service");
        Node endpoint = uri(base + NewsGraphServer.DATASET + "/sparql");
        g.add(ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        g.add(ds, RDF.type.asNode(), uri(SD + "Dataset"));
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("NewsGraph", "en"));
        g.add(ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "A knowledge graph of defence news in English, Tagalog and Russian: one named graph per article, "
                        + "facts with their evidence, and reference data.", "en"));
        g.add(ds, uri(VOID + "sparqlEndpoint"), endpoint);
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Iris.BASE));
        for (String v : VOCABULARIES) {
            g.add(ds, uri(VOID + "vocabulary"), uri(v));
        }
        g.add(ds, uri(VOID + "exampleResource"), uri(Iris.ENTITY + "state/kazakhstan"));
        g.add(ds, uri(VOID + "rootResource"), uri(Iris.BASE + "ontology"));
        Txn.executeRead(dsg, () -> counts(dsg, g, ds, base));
        g.add(service, RDF.type.asNode(), uri(SD + "Service"));
        g.add(service, uri(SD + "endpoint"), endpoint);
        g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        g.add(service, uri(SD + "defaultDataset"), ds);
        for (String f : RESULT_FORMATS) {
            g.add(service, uri(SD + "resultFormat"), uri("http://www.w3.org/ns/formats/" + f));
        }
        return g;
    }

    private static void counts(DatasetGraph dsg, Graph g, Node ds, String base) {
        g.add(ds, uri(VOID + "triples"), integer(count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
        g.add(ds, uri(VOID + "entities"), integer(count(dsg,
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } FILTER(isIRI(?s)) }")));
        QueryExec.dataset(dsg).query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } "
                        + "FILTER(STRSTARTS(STR(?c), \"" + Iris.BASE + "ontology#\")) } GROUP BY ?c ORDER BY ?c")
                .select().forEachRemaining(row -> {
                    Node c = row.get("c");
                    Node part = uri(base + "/.well-known/void#class-" + c.getURI().substring(c.getURI().indexOf('#') + 1));
                    g.add(ds, uri(VOID + "classPartition"), part);
                    g.add(part, uri(VOID + "class"), c);
                    g.add(part, uri(VOID + "entities"), row.get("n"));
                });
    }

    private static long count(DatasetGraph dsg, String query) {
        return ((Number) QueryExec.dataset(dsg).query(query).select().next().get("n").getLiteralValue()).longValue();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
