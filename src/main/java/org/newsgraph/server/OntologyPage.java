package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.NG;

/**
 * The HTML page of the ontology: a self-contained HTML5 document (inline CSS, no external assets) listing the
 * classes (as a hierarchy), the roles, and the object, datatype and annotation properties, each with its IRI, its
 * labels and definitions in English, Tagalog and Russian, domain and range, super- and sub-terms and alignments
 * to external vocabularies. Each term has an anchor named by its local name, so
 * {@code https://w3id.org/newsgraph/ontology#State} lands on ng:State.
 *
 * <pre>{@code
 * String html = OntologyPage.render(RDFDataMgr.loadGraph("ontology/newsgraph.ttl"));
 * }</pre>
 */
public final class OntologyPage {
    static final List<String> LANGUAGES = List.of("en", "tl", "ru");
    static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "tl", "Tagalog", "ru", "Русский");

    private OntologyPage() {}

    /** Renders the page for a graph holding the ontology ({@code ontology/newsgraph.ttl}). */
    public static String render(Graph ontology) {
        TermIndex v = new TermIndex(ontology);
        OntologyHtml h = new OntologyHtml(v);
        Node onto = NodeFactory.createURI(NG.ONTOLOGY);
        String title = v.literal(onto, DCTerms.title.asNode(), "en").orElse("NewsGraph ontology");
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw("</title>\n<style>").raw(OntologyHtml.CSS).raw("</style>\n</head>\n<body>\n");
        List<Node> classes = v.terms(OWL2.Class.asNode());
        List<Node> roles = v.roles();
        List<Node> objectProps = v.terms(OWL2.ObjectProperty.asNode());
        List<Node> dataProps = v.terms(OWL2.DatatypeProperty.asNode());
        List<Node> annotationProps = v.terms(OWL2.AnnotationProperty.asNode());
        h.header(onto, title);
        h.raw("<nav class=\"toc\"><h2>Contents</h2><ul>")
                .toc("classes", "Classes", classes.size()).toc("roles", "Roles", roles.size())
                .toc("object-properties", "Object properties", objectProps.size())
                .toc("datatype-properties", "Datatype properties", dataProps.size())
                .toc("annotation-properties", "Annotation properties", annotationProps.size())
                .raw("</ul></nav>\n<main>\n");
        h.raw("<section id=\"classes\"><h2>Classes</h2>\n<div class=\"tree\">");
        h.tree(v.rootClasses(classes));
        h.raw("</div>\n");
        for (Node c : v.preOrder(v.rootClasses(classes))) {
            h.term(c, "class");
        }
        h.raw("</section>\n<section id=\"roles\"><h2>Roles</h2>\n<p class=\"note\">The positions of the ")
                .raw("<code>holdsPosition</code> fact: individuals of ").link(NodeFactory.createURI(NG.NS + "Role"))
                .raw(", concepts of the scheme ").link(NodeFactory.createURI(NG.NS + "Roles")).raw(".</p>\n");
        for (Node r : roles) {
            h.term(r, "role");
        }
        h.raw("</section>\n");
        h.section("object-properties", "Object properties", objectProps, "object property");
        h.section("datatype-properties", "Datatype properties", dataProps, "datatype property");
        h.section("annotation-properties", "Annotation properties", annotationProps, "annotation property");
        h.raw("</main>\n<footer>Generated from the ontology graph by NewsGraph.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Read access to the ontology graph: terms, literals by language, hierarchy. */
    static final class TermIndex {
        final Graph g;

        TermIndex(Graph g) {
            this.g = g;
        }

        /** The ng: terms of an OWL type, sorted by local name. */
        List<Node> terms(Node type) {
            Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
            g.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
                if (isOurs(t.getSubject())) {
                    out.add(t.getSubject());
                }
            });
            return new ArrayList<>(out);
        }

        List<Node> roles() {
            return terms(NodeFactory.createURI(NG.NS + "Role"));
        }

        static boolean isOurs(Node n) {
            return n.isURI() && n.getURI().startsWith(NG.NS);
        }

        java.util.Optional<String> literal(Node s, Node p, String lang) {
            return objects(s, p).stream().filter(Node::isLiteral)
                    .filter(o -> o.getLiteralLanguage().equalsIgnoreCase(lang)).map(Node::getLiteralLexicalForm)
                    .findFirst();
        }

        List<String> literals(Node s, Node p, String lang) {
            return objects(s, p).stream().filter(Node::isLiteral)
                    .filter(o -> o.getLiteralLanguage().equalsIgnoreCase(lang)).map(Node::getLiteralLexicalForm)
                    .sorted().toList();
        }

        List<Node> objects(Node s, Node p) {
            return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        }

        List<Node> subjects(Node p, Node o) {
            return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList().stream().filter(TermIndex::isOurs)
                    .sorted(Comparator.comparing(Node::getURI)).toList();
        }

        /** Classes without an ng: superclass: the tops of the hierarchy. */
        List<Node> rootClasses(List<Node> classes) {
            return classes.stream().filter(c -> objects(c, RDFS.subClassOf.asNode()).stream()
                    .noneMatch(TermIndex::isOurs)).toList();
        }

        /** The classes in the order of the hierarchy (each class before its subclasses), each once. */
        List<Node> preOrder(List<Node> roots) {
            java.util.LinkedHashSet<Node> out = new java.util.LinkedHashSet<>();
            java.util.Deque<Node> stack = new java.util.ArrayDeque<>();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.push(roots.get(i));
            }
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (out.add(n)) {
                    List<Node> subs = subClasses(n);
                    for (int i = subs.size() - 1; i >= 0; i--) {
                        stack.push(subs.get(i));
                    }
                }
            }
            return new ArrayList<>(out);
        }

        List<Node> subClasses(Node c) {
            return subjects(RDFS.subClassOf.asNode(), c);
        }

        /** Members of an RDF list (for owl:unionOf). */
        List<Node> list(Node head) {
            List<Node> out = new ArrayList<>();
            Node n = head;
            while (n != null && !n.equals(RDF.nil.asNode()) && out.size() < 100) {
                Node cur = n;
                objects(cur, RDF.first.asNode()).stream().findFirst().ifPresent(out::add);
                n = objects(cur, RDF.rest.asNode()).stream().findFirst().orElse(null);
            }
            return out;
        }

        String prefixed(Node n) {
            if (!n.isURI()) {
                return n.toString();
            }
            String q = g.getPrefixMapping().qnameFor(n.getURI());
            return q != null ? q : n.getURI();
        }

        static final Node EXACT = SKOS.exactMatch.asNode();
        static final Node CLOSE = SKOS.closeMatch.asNode();
        static final Node EQ_CLASS = OWL2.equivalentClass.asNode();
        static final Node EQ_PROP = OWL2.equivalentProperty.asNode();
    }
}
