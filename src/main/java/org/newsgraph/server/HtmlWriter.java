package org.newsgraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.Iris;

/**
 * Writes HTML from a description graph: escapes text, names nodes by their labels and turns NewsGraph IRIs into
 * links to this server's own paths ({@code https://w3id.org/newsgraph/id/state/x} becomes {@code /id/state/x}).
 */
final class HtmlWriter {
    private final StringBuilder out = new StringBuilder();
    private final Graph graph;

    HtmlWriter(Graph graph) {
        this.graph = graph;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The path this server serves an IRI at, or the IRI itself when it is not a NewsGraph IRI. */
    static String href(String iri) {
        return iri.startsWith(Iris.BASE) ? "/" + iri.substring(Iris.BASE.length()) : iri;
    }

    /** The link that opens a query in the Fuseki UI's query page, on this dataset. */
    static String uiQueryLink(String query) {
        return "/?ui#/dataset" + NewsGraphServer.DATASET + "/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A node's best name: its English preferred label, any preferred label, a title, or the end of its IRI. */
    String name(Node n) {
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        List<Node> labels = objects(n, SKOS.prefLabel.asNode());
        return labels.stream().filter(l -> "en".equals(l.getLiteralLanguage())).findFirst()
                .or(() -> labels.stream().findFirst())
                .or(() -> objects(n, DCTerms.title.asNode()).stream().findFirst())
                .map(Node::getLiteralLexicalForm)
                .orElseGet(() -> n.getURI().substring(Math.max(n.getURI().lastIndexOf('/'), n.getURI().lastIndexOf('#')) + 1));
    }

    Graph graphOf() {
        return graph;
    }

    List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).collect(Collectors.toList());
    }

    /** A value: a link for an IRI (named by its label), the text (and language) of a literal. */
    HtmlWriter value(Node n) {
        if (n.isURI()) {
            return raw("<a href=\"" + escape(href(n.getURI())) + "\">" + escape(name(n)) + "</a>");
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            text(n.getLiteralLexicalForm());
            return lang.isEmpty() ? this : raw(" <small>@" + escape(lang) + "</small>");
        }
        return text(n.toString());
    }

    HtmlWriter text(String s) {
        out.append(escape(s));
        return this;
    }

    HtmlWriter raw(String html) {
        out.append(html);
        return this;
    }

    HtmlWriter start(String title) {
        return raw("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").text(title)
                .raw(" — NewsGraph</title><style>body{font-family:sans-serif;max-width:60em;margin:1em auto;"
                        + "padding:0 1em}td,th{vertical-align:top;text-align:left;padding:.2em .6em}"
                        + "blockquote{border-left:3px solid #999;margin:.3em 0;padding-left:.6em}"
                        + "code{font-size:90%}</style></head><body>\n");
    }

    String finish() {
        raw("<hr><p><small>NewsGraph · <a href=\"/\">query the dataset</a> · "
                + "<a href=\"/.well-known/void\">dataset description (VoID)</a></small></p></body></html>\n");
        return out.toString();
    }
}
