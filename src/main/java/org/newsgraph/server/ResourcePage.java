package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * The HTML page of an entity, statement, fact or article, from its {@link Describer} graph: labels per language,
 * types, properties, the facts it takes part in with their source articles and evidence quotes, the articles that
 * mention it, what links to it, and a link that opens the producing query in the Fuseki UI.
 */
final class ResourcePage {
    private static final int MAX_ROWS = 300;
    private static final Set<Node> SHOWN_APART = Set.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            RDF.type.asNode(), NG.text);

    private ResourcePage() {}

    static String render(String iri, Graph g) {
        Node r = NodeFactory.createURI(iri);
        HtmlWriter w = new HtmlWriter(g);
        String name = w.name(r);
        w.start(name).raw("<h1>").text(name).raw("</h1>\n<p><code>").text(iri).raw("</code><br>");
        for (RdfFormat f : RdfFormat.values()) {
            if (f != RdfFormat.HTML) {
                w.raw("<a href=\"").text(HtmlWriter.href(iri) + "." + f.extension).raw("\">").text(f.label).raw("</a> · ");
            }
        }
        w.raw("<a href=\"").text(HtmlWriter.uiQueryLink(Describer.query(iri)))
                .raw("\">open the query behind this page in the Fuseki UI</a></p>\n");
        types(w, r);
        labels(w, r);
        properties(w, r);
        facts(w, r, false);
        facts(w, r, true);
        if (iri.startsWith(Iris.ARTICLE)) {
            w.objects(r, NG.text).forEach(t -> w.raw("<details><summary>Text</summary><p>").text(t.getLiteralLexicalForm())
                    .raw("</p></details>\n"));
        }
        incoming(w, r);
        return w.finish();
    }

    private static void types(HtmlWriter w, Node r) {
        List<Node> types = w.objects(r, RDF.type.asNode());
        if (!types.isEmpty()) {
            w.raw("<p>Type: ");
            types.forEach(t -> w.value(t).raw(" "));
            w.raw("</p>\n");
        }
    }

    private static void labels(HtmlWriter w, Node r) {
        TreeMap<String, List<Node>> pref = byLang(w.objects(r, SKOS.prefLabel.asNode()));
        TreeMap<String, List<Node>> alt = byLang(w.objects(r, SKOS.altLabel.asNode()));
        if (pref.isEmpty() && alt.isEmpty()) {
            return;
        }
        w.raw("<h2>Names</h2><table><tr><th>Language</th><th>Preferred</th><th>Also known as</th></tr>\n");
        TreeMap<String, Boolean> langs = new TreeMap<>();
        pref.keySet().forEach(l -> langs.put(l, true));
        alt.keySet().forEach(l -> langs.put(l, true));
        for (String lang : langs.keySet()) {
            w.raw("<tr><td>").text(lang.isEmpty() ? "—" : lang).raw("</td><td>");
            pref.getOrDefault(lang, List.of()).forEach(n -> w.text(n.getLiteralLexicalForm()).raw("<br>"));
            w.raw("</td><td>");
            alt.getOrDefault(lang, List.of()).forEach(n -> w.text(n.getLiteralLexicalForm()).raw("<br>"));
            w.raw("</td></tr>\n");
        }
        w.raw("</table>\n");
    }

    private static TreeMap<String, List<Node>> byLang(List<Node> literals) {
        TreeMap<String, List<Node>> m = new TreeMap<>();
        literals.stream().filter(Node::isLiteral)
                .forEach(l -> m.computeIfAbsent(l.getLiteralLanguage(), k -> new ArrayList<>()).add(l));
        return m;
    }

    private static void properties(HtmlWriter w, Node r) {
        List<Triple> ts = w.graphOf().find(r, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !SHOWN_APART.contains(t.getPredicate()) && !isStatement(t.getObject()))
                .sorted(java.util.Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                        .thenComparing(t -> t.getObject().toString()))
                .limit(MAX_ROWS).toList();
        if (ts.isEmpty()) {
            return;
        }
        w.raw("<h2>Properties</h2><table>\n");
        for (Triple t : ts) {
            w.raw("<tr><td>").value(t.getPredicate()).raw("</td><td>");
            if (NG.evidence.equals(t.getPredicate())) {
                w.raw("<blockquote>").text(t.getObject().getLiteralLexicalForm()).raw("</blockquote>");
            } else {
                w.value(t.getObject());
            }
            w.raw("</td></tr>\n");
        }
        w.raw("</table>\n");
    }

    /**
     * Statements that have the resource as an argument, or that an article holds: the facts, or the mentions (an
     * article and the words that name the resource there).
     */
    private static void facts(HtmlWriter w, Node r, boolean mentions) {
        List<Node> statements = w.graphOf().find(Node.ANY, NG.evidence, Node.ANY).mapWith(Triple::getSubject)
                .toList().stream().distinct()
                .filter(st -> !st.equals(r) && w.objects(st, RDF.type.asNode()).contains(NG.Mention) == mentions)
                .sorted(java.util.Comparator.comparing(Node::getURI)).limit(MAX_ROWS).toList();
        if (statements.isEmpty()) {
            return;
        }
        w.raw(mentions ? "<h2>Mentions</h2>\n" : "<h2>Facts</h2>\n");
        for (Node st : statements) {
            w.raw("<div><p><b>");
            w.objects(st, RDF.type.asNode()).forEach(t -> w.value(t).raw(" "));
            w.raw("</b> (<a href=\"").text(HtmlWriter.href(st.getURI())).raw("\">statement</a>): ");
            w.graphOf().find(st, Node.ANY, Node.ANY).toList().stream()
                    .filter(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(Iris.ENTITY))
                    .forEach(t -> w.value(t.getPredicate()).raw(" ").value(t.getObject()).raw("; "));
            w.raw("source: ");
            w.objects(st, NG.sourceArticle).forEach(a -> w.value(a).raw(" "));
            w.raw("</p><blockquote>");
            w.objects(st, NG.evidence).forEach(e -> w.text(e.getLiteralLexicalForm()));
            w.raw("</blockquote></div>\n");
        }
    }

    private static void incoming(HtmlWriter w, Node r) {
        List<Triple> ts = w.graphOf().find(Node.ANY, Node.ANY, r).toList().stream()
                .filter(t -> !isStatement(t.getSubject()))
                .sorted(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString()))
                .limit(MAX_ROWS).toList();
        if (ts.isEmpty()) {
            return;
        }
        w.raw("<h2>Linked from</h2><ul>\n");
        ts.forEach(t -> w.raw("<li>").value(t.getSubject()).raw(" ").value(t.getPredicate()).raw("</li>\n"));
        w.raw("</ul>\n");
    }

    private static boolean isStatement(Node n) {
        return n.isURI() && (n.getURI().startsWith(Iris.STATEMENT) || n.getURI().startsWith(Iris.ENTITY + "membership/")
                || n.getURI().startsWith(Iris.ENTITY + "post/"));
    }
}
