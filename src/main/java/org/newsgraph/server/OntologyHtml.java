package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.server.OntologyPage.TermIndex;
import org.newsgraph.vocab.NG;

/** Writes the parts of {@link OntologyPage}; every text from the graph goes through {@link #text}. */
final class OntologyHtml {
    static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2430;
            margin:0;background:#f6f7f9}header{background:#1f3a5f;color:#fff;padding:24px 40px}
            header h1{margin:0 0 6px;font-size:28px}header code{color:#d7e3f4}header a{color:#d7e3f4}
            header table{margin-top:10px;border-collapse:collapse}header td{padding:3px 12px 3px 0;vertical-align:top}
            nav.toc{background:#fff;border-bottom:1px solid #dde1e7;padding:8px 40px}nav.toc h2{display:none}
            nav.toc ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:22px}
            main{max-width:1100px;margin:0 auto;padding:10px 40px 40px}h2{margin-top:36px;border-bottom:2px solid #1f3a5f;
            padding-bottom:4px}a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}
            .tree{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:8px 16px;columns:2}
            .tree ul{list-style:none;padding-left:18px;margin:2px 0}.tree>ul{padding-left:0}
            .tree li{break-inside:avoid}.tree .lbl{color:#5b6575}
            article.term{background:#fff;border:1px solid #dde1e7;border-radius:6px;margin:14px 0;padding:12px 18px}
            article.term:target{border-color:#1f5fa8;box-shadow:0 0 0 2px #9cc0ea}
            article.term h3{margin:0;font-size:18px}.kind{font-size:12px;font-weight:600;text-transform:uppercase;
            letter-spacing:.04em;color:#fff;background:#5b6f8a;border-radius:3px;padding:1px 6px;margin-right:8px;
            vertical-align:2px}.kind.class{background:#2e7d4f}.kind.role{background:#8a5a14}
            .kind.object{background:#1f5fa8}.kind.datatype{background:#6a3fa0}.kind.annotation{background:#7a7f87}
            .iri{font-size:13px;color:#5b6575;margin:2px 0 8px}code{font-family:ui-monospace,Menlo,Consolas,monospace}
            table.langs{border-collapse:collapse;width:100%;margin:4px 0 8px}
            table.langs th,table.langs td{text-align:left;vertical-align:top;padding:4px 8px;border-top:1px solid #eceff3}
            table.langs th{font-size:12px;color:#5b6575;font-weight:600;width:80px}table.langs td.label{width:220px;
            font-weight:600}dl{display:grid;grid-template-columns:150px 1fr;gap:3px 12px;margin:6px 0 0}
            dt{color:#5b6575;font-size:13px}dd{margin:0}.note{white-space:pre-wrap;font-size:13.5px;color:#38404d}
            footer{text-align:center;color:#8a919c;font-size:12px;padding:20px}""";

    private final StringBuilder b = new StringBuilder(1 << 17);
    private final TermIndex v;

    OntologyHtml(TermIndex v) {
        this.v = v;
    }

    OntologyHtml raw(String s) {
        b.append(s);
        return this;
    }

    /** Appends text, HTML-escaped. */
    OntologyHtml text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return this;
    }

    /** A link to a term: an anchor on this page for ng: terms, the IRI otherwise; unions as "A or B". */
    OntologyHtml link(Node n) {
        if (TermIndex.isOurs(n)) {
            raw("<a href=\"#").text(local(n)).raw("\">").text(v.prefixed(n)).raw("</a>");
        } else if (n.isURI()) {
            raw("<a href=\"").text(n.getURI()).raw("\">").text(v.prefixed(n)).raw("</a>");
        } else if (n.isBlank() && !v.objects(n, OWL2.unionOf.asNode()).isEmpty()) {
            List<Node> members = v.list(v.objects(n, OWL2.unionOf.asNode()).get(0));
            for (int i = 0; i < members.size(); i++) {
                raw(i == 0 ? "" : i == members.size() - 1 ? " or " : ", ").link(members.get(i));
            }
        } else if (n.isLiteral()) {
            text(n.getLiteralLexicalForm());
        } else {
            raw("<i>(anonymous)</i>");
        }
        return this;
    }

    static String local(Node n) {
        return n.getURI().substring(NG.NS.length());
    }

    OntologyHtml header(Node onto, String title) {
        raw("<header><h1>").text(title).raw("</h1><div>Ontology IRI <code>").text(onto.getURI()).raw("</code>");
        v.objects(onto, OWL2.versionIRI.asNode()).forEach(x -> raw(" &middot; version IRI <code>").text(x.getURI()).raw("</code>"));
        v.objects(onto, OWL2.versionInfo.asNode()).forEach(x -> raw(" &middot; version ").text(x.getLiteralLexicalForm()));
        raw("</div><table>");
        for (String lang : OntologyPage.LANGUAGES) {
            v.literal(onto, DCTerms.description.asNode(), lang).ifPresent(d -> raw("<tr><td>")
                    .text(OntologyPage.LANGUAGE_NAMES.get(lang)).raw("</td><td lang=\"").text(lang).raw("\">")
                    .text(d).raw("</td></tr>"));
        }
        raw("</table>");
        v.objects(onto, DCTerms.license.asNode()).forEach(x -> raw("<div>License: ").link(x).raw("</div>"));
        return raw("</header>\n");
    }

    OntologyHtml toc(String id, String name, int count) {
        return raw("<li><a href=\"#").text(id).raw("\">").text(name).raw("</a> (" + count + ")</li>");
    }

    void tree(List<Node> nodes) {
        raw("<ul>");
        for (Node c : nodes) {
            raw("<li>").link(c);
            v.literal(c, RDFS.label.asNode(), "en").ifPresent(l -> raw(" <span class=\"lbl\">").text(l).raw("</span>"));
            List<Node> subs = v.subClasses(c);
            if (!subs.isEmpty()) {
                tree(subs);
            }
            raw("</li>");
        }
        raw("</ul>");
    }

    void section(String id, String title, List<Node> terms, String kind) {
        raw("<section id=\"").text(id).raw("\"><h2>").text(title).raw("</h2>\n");
        for (Node t : terms) {
            term(t, kind);
        }
        raw("</section>\n");
    }

    /** One term: heading, IRI, labels and definitions per language, then its relations. */
    void term(Node t, String kind) {
        raw("<article class=\"term\" id=\"").text(local(t)).raw("\"><h3><span class=\"kind ")
                .text(kind.split(" ")[0]).raw("\">").text(kind).raw("</span>").text(v.prefixed(t));
        v.literal(t, RDFS.label.asNode(), "en").ifPresent(l -> raw(" &mdash; ").text(l));
        raw("</h3><div class=\"iri\"><code>").text(t.getURI()).raw("</code></div>\n<table class=\"langs\">");
        for (String lang : OntologyPage.LANGUAGES) {
            raw("<tr lang=\"").text(lang).raw("\"><th>").text(OntologyPage.LANGUAGE_NAMES.get(lang))
                    .raw("</th><td class=\"label\">").text(v.literal(t, RDFS.label.asNode(), lang).orElse(""))
                    .raw("</td><td>").text(v.literal(t, SKOS.definition.asNode(), lang).orElse("")).raw("</td></tr>");
        }
        raw("</table>\n<dl>");
        List<Node> supers = new ArrayList<>();
        List<Node> external = new ArrayList<>();
        for (Node p : List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode())) {
            for (Node o : v.objects(t, p)) {
                (TermIndex.isOurs(o) ? supers : external).add(o);
            }
        }
        row(kind.equals("class") ? "Subclass of" : "Sub-property of", supers);
        row("Subclasses", v.subjects(RDFS.subClassOf.asNode(), t));
        row("Sub-properties", v.subjects(RDFS.subPropertyOf.asNode(), t));
        row("Domain", v.objects(t, RDFS.domain.asNode()));
        row("Range", v.objects(t, RDFS.range.asNode()));
        row("Characteristics", v.objects(t, RDF.type.asNode()).stream()
                .filter(x -> x.isURI() && x.getURI().startsWith(OWL2.NS) && x.getURI().endsWith("Property")
                        && !List.of("ObjectProperty", "DatatypeProperty", "AnnotationProperty")
                        .contains(x.getLocalName())).toList());
        row("In scheme", v.objects(t, SKOS.inScheme.asNode()));
        row("Direct property", v.objects(t, NG.of("directProperty")));
        row("Subject argument", v.objects(t, NG.of("subjectArgument")));
        row("Object argument", v.objects(t, NG.of("objectArgument")));
        row("Statement form", v.subjects(NG.of("directProperty"), t));
        row("Aligned with (super)", external);
        row("Exact match", v.objects(t, TermIndex.EXACT));
        row("Close match", v.objects(t, TermIndex.CLOSE));
        row("Equivalent to", concat(v.objects(t, TermIndex.EQ_CLASS), v.objects(t, TermIndex.EQ_PROP)));
        row("See also", v.objects(t, RDFS.seeAlso.asNode()));
        for (String lang : OntologyPage.LANGUAGES) {
            List<String> alt = v.literals(t, SKOS.altLabel.asNode(), lang);
            if (!alt.isEmpty()) {
                raw("<dt>Other names (").text(lang).raw(")</dt><dd lang=\"").text(lang).raw("\">")
                        .text(String.join(", ", alt)).raw("</dd>");
            }
        }
        v.literal(t, RDFS.comment.asNode(), "en").ifPresent(c -> raw("<dt>Note</dt><dd class=\"note\">").text(c)
                .raw("</dd>"));
        raw("</dl></article>\n");
    }

    private void row(String name, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        raw("<dt>").text(name).raw("</dt><dd>");
        for (int i = 0; i < values.size(); i++) {
            raw(i == 0 ? "" : ", ").link(values.get(i));
        }
        raw("</dd>");
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        List<Node> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
