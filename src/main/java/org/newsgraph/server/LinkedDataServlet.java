package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dereferences NewsGraph IRIs on the running server: {@code /id/…}, {@code /article/…}, {@code /statement/…},
 * {@code /fact/…}, {@code /ontology} and {@code /.well-known/void}, each in HTML, Turtle, JSON-LD, RDF/XML or
 * N-Triples by {@code Accept} header or by file extension ({@code /id/state/kazakhstan.ttl}). Unknown IRIs and junk
 * paths get 404; nothing here reads a file.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    static final String ONTOLOGY = Iris.BASE + "ontology";
    static final String VOID = Iris.BASE + ".well-known/void";
    /** The ontology's HTML form; point this at a full renderer (e.g. {@code OntologyPage::render}) when there is one. */
    static final OntologyView ONTOLOGY_VIEW = OntologyPage::render;
    private static final String[] ROUTES = {"/id/*", "/article/*", "/statement/*", "/fact/*"};
    private static final String[] EXTENSIONS = {"", ".ttl", ".jsonld", ".rdf", ".nt", ".html"};

    private final transient DatasetGraph dataset;
    private final transient Describer describer;

    private LinkedDataServlet(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.describer = new Describer(dataset, timeout);
    }

    /** Mounts the routes, and the redirect of {@code /} to the UI's query page, on a server being built. */
    static void install(FusekiServer.Builder b, DatasetGraph dataset, Duration timeout) {
        LinkedDataServlet s = new LinkedDataServlet(dataset, timeout);
        for (String route : ROUTES) {
            b.addServlet(route, s);
        }
        for (String ext : EXTENSIONS) {
            b.addServlet("/ontology" + ext, s);
            b.addServlet("/.well-known/void" + ext, s);
        }
        b.addFilter("/*", new ServiceDescriptionFilter());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        Optional<ResourcePath> found = ResourcePath.resolve(raw, this::exists);
        if (found.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no NewsGraph resource at this path");
            return;
        }
        ResourcePath rp = found.get();
        RdfFormat f = rp.format() != null ? rp.format() : RdfFormat.negotiate(req.getHeader("Accept")).orElse(null);
        resp.setHeader("Vary", "Accept");
        if (f == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
            return;
        }
        Graph g;
        try {
            g = describe(rp.iri(), req);
        } catch (RuntimeException e) {
            LOG.warn("cannot describe {}: {}", rp.iri(), e.getMessage());
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "cannot describe this resource now");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(f.mediaType + ";charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            if (f == RdfFormat.HTML) {
                out.write(html(rp.iri(), g).getBytes(StandardCharsets.UTF_8));
            } else {
                RDFDataMgr.write(out, g, f.lang);
            }
        }
    }

    private boolean exists(String iri) {
        return VOID.equals(iri) || describer.exists(iri);
    }

    private Graph describe(String iri, HttpServletRequest req) {
        Graph g;
        if (VOID.equals(iri)) {
            String url = req.getRequestURL().toString();
            return VoidDescription.describe(dataset, url.substring(0, url.length() - req.getRequestURI().length()));
        } else if (ONTOLOGY.equals(iri)) {
            g = describer.graph(Iris.ONTOLOGY_GRAPH);
        } else {
            g = describer.describe(iri);
        }
        g.getPrefixMapping().setNsPrefix("ng", NG.NS).setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("article", Iris.ARTICLE).setNsPrefix("fact", Iris.FACT);
        for (String kind : new String[] {"state", "place", "intorg", "organization", "person", "programme", "equipment"}) {
            g.getPrefixMapping().setNsPrefix(kind, Iris.ENTITY + kind + "/");
        }
        return g;
    }

    private static String html(String iri, Graph g) {
        if (ONTOLOGY.equals(iri)) {
            return ONTOLOGY_VIEW.render(g);
        }
        if (VOID.equals(iri)) {
            java.io.StringWriter turtle = new java.io.StringWriter();
            RDFDataMgr.write(turtle, g, org.apache.jena.riot.Lang.TURTLE);
            return new HtmlWriter(g).start("Dataset description").raw("<h1>NewsGraph: dataset description (VoID)</h1><pre>")
                    .text(turtle.toString()).raw("</pre>").finish();
        }
        return ResourcePage.render(iri, g);
    }
}
