package org.newsgraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Renders the ontology graph as an HTML page. The server uses {@link #FALLBACK} (a list of the classes and
 * properties with their labels and comments) until a full renderer is plugged in with
 * {@link LinkedDataServlet#install}.
 */
@FunctionalInterface
interface OntologyView {
    String render(Graph ontology);

    OntologyView FALLBACK = ontology -> {
        HtmlWriter w = new HtmlWriter(ontology).start("NewsGraph ontology");
        w.raw("<h1>NewsGraph ontology</h1><p><code>https://w3id.org/newsgraph/ontology</code> · ")
                .raw("<a href=\"/ontology.ttl\">Turtle</a> · <a href=\"/ontology.jsonld\">JSON-LD</a> · ")
                .raw("<a href=\"/ontology.rdf\">RDF/XML</a> · <a href=\"/ontology.nt\">N-Triples</a></p>")
                .raw("<table><tr><th>Term</th><th>Type</th><th>Description</th></tr>\n");
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getSubject().isURI() && t.getSubject().getURI().contains("#"))
                .sorted(java.util.Comparator.comparing(t -> t.getSubject().getURI()))
                .forEach(t -> {
                    String iri = t.getSubject().getURI();
                    w.raw("<tr id=\"").text(iri.substring(iri.indexOf('#') + 1)).raw("\"><td>")
                            .text(iri.substring(iri.indexOf('#') + 1)).raw("</td><td>").value(t.getObject())
                            .raw("</td><td>");
                    w.objects(t.getSubject(), RDFS.comment.asNode()).stream().findFirst()
                            .ifPresent(c -> w.text(c.getLiteralLexicalForm()));
                    w.raw("</td></tr>\n");
                });
        return w.raw("</table>").finish();
    };
}
