package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.OntologyFiles;
import org.newsgraph.vocab.NG;

/** The reference files: unique ids, one preferred label per language, no conflicting aliases, links that resolve. */
class ReferenceDataTest {
    static final OntologyFiles FILES = OntologyFiles.locate();
    static final Path ALLOWED_SHARED = Path.of("src/test/resources/ontology/shared-aliases.txt");
    static final Set<String> STATEMENT_CLASSES = Set.of("MembershipStatement", "PartnershipStatement", "PositionStatement");

    static List<Path> referenceFiles() {
        List<Path> all = new ArrayList<>(FILES.referenceFiles());
        all.add(FILES.memberships());
        return all;
    }

    /** Ontology plus every reference file in one graph. */
    static Graph all() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, FILES.ontology().toUri().toString());
        referenceFiles().forEach(p -> RDFDataMgr.read(g, p.toUri().toString()));
        return g;
    }

    /** Reference entities: typed subjects that are not statements (memberships, posts). */
    static Set<Node> entities(Graph g) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Path p : FILES.referenceFiles()) {
            Graph f = RDFDataMgr.loadGraph(p.toUri().toString());
            f.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
                if (!STATEMENT_CLASSES.contains(t.getObject().getLocalName())) {
                    out.add(t.getSubject());
                }
            });
        }
        return out;
    }

    @Test
    void noIriIsDefinedInTwoFiles() {
        Map<Node, Path> seen = new HashMap<>();
        List<String> dups = new ArrayList<>();
        for (Path p : referenceFiles()) {
            Graph f = RDFDataMgr.loadGraph(p.toUri().toString());
            Set<Node> typed = f.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet();
            for (Node s : typed) {
                Path before = seen.putIfAbsent(s, p);
                if (before != null) {
                    dups.add(s.getURI() + " is typed in " + before.getFileName() + " and " + p.getFileName());
                }
            }
        }
        assertTrue(dups.isEmpty(), String.join("\n", dups));
    }

    @Test
    void everyEntityHasExactlyOnePreferredLabelInEachLanguage() {
        Graph g = all();
        List<String> problems = new ArrayList<>();
        assertTrue(entities(g).size() > 1000, "states, places, organisations, persons, equipment: " + entities(g).size());
        for (Node e : entities(g)) {
            for (String lang : OntologyFilesTest.LANGUAGES) {
                long n = g.find(e, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                        .filter(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang)).count();
                if (n != 1) {
                    problems.add(e.getURI() + " has " + n + " skos:prefLabel@" + lang);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
    }

    @Test
    void noNameIsSharedByTwoEntitiesUnlessAllowed() throws IOException {
        Graph g = all();
        Set<String> allowed = new TreeSet<>();
        for (String line : Files.readAllLines(ALLOWED_SHARED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                allowed.add(fold(line.split("\t")[0]));
            }
        }
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Node e : entities(g)) {
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
                g.find(e, p, Node.ANY).forEach(t -> owners.computeIfAbsent(fold(t.getObject().getLiteralLexicalForm()),
                        k -> new TreeSet<>()).add(e.getURI()));
            }
        }
        assertTrue(owners.size() > 3000, "names collected: " + owners.size());
        List<String> shared = new ArrayList<>();
        owners.forEach((name, who) -> {
            if (who.size() > 1 && !allowed.contains(name)) {
                shared.add("'" + name + "' names " + who);
            }
        });
        assertTrue(shared.isEmpty(), shared.size() + " shared names (list true ambiguities in " + ALLOWED_SHARED
                + " with a reason):\n" + String.join("\n", shared));
    }

    @Test
    void linksBetweenEntitiesPointToEntitiesOfTheRightClass() {
        Graph g = all();
        Map<String, List<String>> expected = Map.of(
                "capital", List.of("City"),
                "countryOfOrigin", List.of("State"),
                "category", List.of("EquipmentCategory"),
                "variantOf", List.of("EquipmentModel"),
                "manufacturer", List.of("Organization"),
                "member", List.of("State", "Person"),
                "organization", List.of("Organization", "InternationalOrganization"));
        List<String> problems = new ArrayList<>();
        expected.forEach((prop, classes) -> g.find(Node.ANY, NG.of(prop), Node.ANY).forEach(t -> {
            if (classes.stream().noneMatch(c -> instanceOf(g, t.getObject(), NG.of(c)))) {
                problems.add(t.getSubject().getURI() + " ng:" + prop + " " + t.getObject() + ": not a " + classes);
            }
        }));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** rdf:type then rdfs:subClassOf*, as sh:class does. */
    static boolean instanceOf(Graph g, Node x, Node c) {
        List<Node> todo = new ArrayList<>(g.find(x, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
        Set<Node> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n.equals(c)) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(g.find(n, RDFS.subClassOf.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
            }
        }
        return false;
    }
}
