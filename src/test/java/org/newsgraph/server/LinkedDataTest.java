package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsGraphStore;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/** Dereferencing NewsGraph IRIs on the running server: content negotiation, extensions, 404s, VoID. */
class LinkedDataTest {
    static final String KAZAKHSTAN = Iris.ENTITY + "state/kazakhstan";
    static final Map<String, Lang> FORMATS = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES);
    static final Map<String, Lang> EXTENSIONS = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD,
            "rdf", Lang.RDFXML, "nt", Lang.NTRIPLES);

    @TempDir
    static Path dir;
    static NewsGraphStore store;
    static NewsGraphServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = SeedServer.seedStore(dir.resolve("store"));
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).build().start();
        base = server.baseUrl();
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

    static String path(String iri) {
        return base + "/" + iri.substring(Iris.BASE.length());
    }

    static Graph parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.fromString(r.body(), lang).base("http://example.org/").toGraph();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Some IRI of the kind, picked from the store by a query. */
    static String pick(String query) {
        return Txn.calculateRead(store.dataset(), () ->
                QueryExec.dataset(store.dataset()).query(query).select().next().get("x").getURI());
    }

    @Test
    void anEntityIsServedInEveryRdfFormatByAcceptHeader() throws Exception {
        for (var e : FORMATS.entrySet()) {
            HttpResponse<String> r = SeedServer.get(path(KAZAKHSTAN), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), e.getKey());
            Graph g = parse(r, e.getValue());
            assertTrue(g.contains(uri(KAZAKHSTAN), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Kazakhstan", "en")),
                    e.getKey());
            assertTrue(g.contains(uri(KAZAKHSTAN), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Казахстан", "ru")));
            // statements about it come with their provenance
            assertTrue(g.find(Node.ANY, NG.evidence, Node.ANY).hasNext(), e.getKey() + " has no evidence");
            assertTrue(g.find(Node.ANY, NG.sourceArticle, Node.ANY).hasNext(), e.getKey() + " has no source");
        }
    }

    @Test
    void theExtensionFormPicksTheFormat() throws Exception {
        for (var e : EXTENSIONS.entrySet()) {
            HttpResponse<String> r = SeedServer.get(path(KAZAKHSTAN) + "." + e.getKey(), "text/html");
            Graph g = parse(r, e.getValue());
            assertTrue(g.contains(uri(KAZAKHSTAN), RDF.type.asNode(), NG.State), e.getKey());
        }
    }

    @Test
    void browsersGetAPageWithLabelsEvidenceLinksAndTheQuery() throws Exception {
        Graph g = parse(SeedServer.get(path(KAZAKHSTAN), "text/turtle"), Lang.TURTLE);
        String evidence = g.find(Node.ANY, NG.evidence, Node.ANY).next().getObject().getLiteralLexicalForm();
        HttpResponse<String> r = SeedServer.get(path(KAZAKHSTAN),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        for (String s : List.of("Kazakhstan", "Казахстан", "href=\"/ontology#State\"", "href=\"/article/",
                "/?ui#/dataset/newsgraph/query?query=", "<blockquote>" + HtmlWriter.escape(evidence) + "</blockquote>")) {
            assertTrue(html.contains(s), "page lacks " + s);
        }
    }

    @Test
    void articlesStatementsFactsAndTheOntologyDereference() throws Exception {
        String article = Iris.article("000_64255a36b834ab02");
        Graph a = parse(SeedServer.get(path(article), "text/turtle"), Lang.TURTLE);
        assertTrue(a.find(uri(article), NG.text, Node.ANY).hasNext());
        assertTrue(a.find(Node.ANY, NG.sourceArticle, uri(article)).hasNext(), "the article's statements are missing");
        assertTrue(SeedServer.get(path(article), "text/html").body().contains("000_64255a36b834ab02"));

        String statement = pick("PREFIX ng: <" + NG.NS + "> SELECT ?x { GRAPH ?g { ?x ng:evidence ?e } } LIMIT 1");
        Graph s = parse(SeedServer.get(path(statement) + ".nt", null), Lang.NTRIPLES);
        assertTrue(s.find(uri(statement), NG.evidence, Node.ANY).hasNext());

        String fact = pick("PREFIX ng: <" + NG.NS + "> SELECT ?x { GRAPH ?g { ?x ng:supportCount ?n } } LIMIT 1");
        Graph f = parse(SeedServer.get(path(fact), "application/ld+json"), Lang.JSONLD);
        assertTrue(f.find(uri(fact), NG.supportCount, Node.ANY).hasNext());
        assertTrue(f.find(Node.ANY, NG.fact, uri(fact)).hasNext(), "the statements supporting the fact are missing");

        Graph o = parse(SeedServer.get(base + "/ontology", "text/turtle"), Lang.TURTLE);
        assertTrue(o.contains(uri(LinkedDataServlet.ONTOLOGY), RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(parse(SeedServer.get(base + "/ontology.rdf", null), Lang.RDFXML).size() == o.size());
        assertTrue(SeedServer.get(base + "/ontology", "text/html").body().contains("ArmsTransferStatement"));
    }

    @Test
    void unknownIrisAndJunkPathsGet404NeverAFile() throws Exception {
        for (String p : List.of("/id/state/atlantis", "/id/state/atlantis.ttl", "/article/no-such-article",
                "/statement/x/0000", "/fact/0000", "/id/state/kazakhstan.exe", "/id/state/kazakhstan/",
                "/id/" + "x".repeat(5000), "/id/state/kazakhstan;.ttl", "/ontology.exe", "/.well-known/void.exe",
                "/id/state/Kazakhstan", "/id/state/%D0%9A%D0%B0%D0%B7")) {
            HttpResponse<String> r = SeedServer.get(base + p, "text/turtle");
            assertEquals(404, r.statusCode(), p + " -> " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), p);
        }
        // Encoded dots, slashes and backslashes, NUL, bytes that are not UTF-8, dot segments: Jetty refuses these
        // (400, ambiguous or bad URI) or resolves them before any servlet runs; the routes check them again (404).
        for (String p : List.of("/id/%2e%2e/%2e%2e/etc/passwd", "/id/state/%2E%2E%2Fpom.xml", "/id/state/%ff%fe%fd",
                "/id/state/%c3", "/id/state/a%00b", "/id/state/..%5c..%5cpom.xml", "/id/../../etc/passwd",
                "/id/state/../../../pom.xml", "/article/..;/..;/pom.xml")) {
            HttpResponse<String> r = SeedServer.send(HttpRequest.newBuilder(URI.create(base + p)).GET().build());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, p + " -> " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), p);
        }
        for (String p : List.of("/id/%2e%2e/%2e%2e/etc/passwd", "/id/state/%ff%fe", "/id/state/a%00b",
                "/id/state/..%5cpom.xml", "/id/./state/kazakhstan", "/id/state//kazakhstan")) {
            assertFalse(ResourcePath.safe(p), p);
        }
        assertTrue(ResourcePath.safe("/id/state/kazakhstan.ttl"));
    }

    @Test
    void voidNamesTheSparqlEndpointAndCountsTriples() throws Exception {
        Graph v = parse(SeedServer.get(base + "/.well-known/void", null), Lang.TURTLE);
        Node ds = uri(base + "/.well-known/void#newsgraph");
        assertTrue(v.contains(ds, uri(VoidDescription.VOID + "sparqlEndpoint"), uri(server.sparqlUrl())));
        assertTrue(v.contains(ds, uri(VoidDescription.VOID + "uriSpace"), NodeFactory.createLiteralString(Iris.BASE)));
        long triples = ((Number) v.find(ds, uri(VoidDescription.VOID + "triples"), Node.ANY).next().getObject()
                .getLiteralValue()).longValue();
        assertEquals(store.size(), triples);
        assertTrue(v.find(Node.ANY, uri(VoidDescription.SD + "endpoint"), uri(server.sparqlUrl())).hasNext());
        Graph json = parse(SeedServer.get(base + "/.well-known/void", "application/ld+json"), Lang.JSONLD);
        assertEquals(v.size(), json.size());
        // the service description, at the endpoint itself
        Graph sd = parse(SeedServer.get(server.sparqlUrl(), "text/turtle"), Lang.TURTLE);
        assertTrue(sd.contains(Node.ANY, uri(VoidDescription.SD + "endpoint"), uri(server.sparqlUrl())));
        assertTrue(sd.contains(Node.ANY, uri(VoidDescription.SD + "supportedLanguage"),
                uri(VoidDescription.SD + "SPARQL11Query")));
    }
}
