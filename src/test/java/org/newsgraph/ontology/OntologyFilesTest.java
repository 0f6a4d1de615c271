package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.newsgraph.OntologyFiles;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Role;
import org.newsgraph.vocab.NG;

/** The ontology folder parses in two RDF toolkits, and the ontology declares and labels every term the code uses. */
class OntologyFilesTest {
    static final OntologyFiles FILES = OntologyFiles.locate();
    static final List<String> LANGUAGES = List.of("en", "tl", "ru");

    static List<Path> turtleFiles() throws IOException {
        try (Stream<Path> s = Files.walk(FILES.root())) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    @Test
    void everyTurtleFileParsesInJenaAndRdf4jToTheSameNumberOfTriples() throws IOException {
        List<Path> files = turtleFiles();
        assertTrue(files.size() >= 9, "ontology, shapes and reference files: " + files);
        for (Path p : files) {
            Graph g = RDFDataMgr.loadGraph(p.toUri().toString());
            Model m;
            try (Reader r = Files.newBufferedReader(p)) {
                m = Rio.parse(r, p.toUri().toString(), RDFFormat.TURTLE);
            }
            assertTrue(g.size() > 0, p + " is empty");
            assertEquals(g.size(), m.size(), p + ": Jena and RDF4J read different numbers of triples");
        }
    }

    static Graph ontology() {
        return RDFDataMgr.loadGraph(FILES.ontology().toUri().toString());
    }

    /** ng: terms with a declaration (an rdf:type) in the ontology. */
    static Set<String> declared(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NG.NS)) {
                out.add(t.getSubject().getURI().substring(NG.NS.length()));
            }
        });
        return out;
    }

    /** Every ng: local name the code writes or reads. */
    static Set<String> usedByCode() throws IllegalAccessException {
        Set<String> used = new TreeSet<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                used.add(((Node) f.get(null)).getURI().substring(NG.NS.length()));
            }
        }
        for (FactKind k : FactKind.values()) {
            used.add(k.statementClass());
            used.add(k.directProperty());
        }
        for (Arg a : Arg.values()) {
            used.add(a.property());
        }
        for (Role r : Role.values()) {
            used.add(r.name());
        }
        for (EntityType t : EntityType.values()) {
            used.add(t.localName());
        }
        used.addAll(List.of("Statement", "Role", "Roles", "directProperty", "subjectArgument", "objectArgument",
                "startDate", "endDate", "category", "variantOf", "manufacturer", "countryOfOrigin", "acronym"));
        return used;
    }

    @Test
    void everyTermTheCodeUsesIsDeclared() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>(usedByCode());
        missing.removeAll(declared(ontology()));
        assertTrue(missing.isEmpty(), "used in the code but not declared in newsgraph.ttl: " + missing);
    }

    @Test
    void everyDeclaredTermHasALabelAndADefinitionInEnglishTagalogAndRussian() {
        Graph g = ontology();
        List<String> problems = new ArrayList<>();
        for (String local : declared(g)) {
            Node t = NodeFactory.createURI(NG.NS + local);
            for (Node p : List.of(RDFS.label.asNode(), SKOS.definition.asNode())) {
                for (String lang : LANGUAGES) {
                    long n = g.find(t, p, Node.ANY).toList().stream()
                            .filter(x -> x.getObject().isLiteral() && x.getObject().getLiteralLanguage().equals(lang))
                            .count();
                    if (n != 1) {
                        problems.add("ng:" + local + " has " + n + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOntologyHasAVersionIriAndEveryStatementClassTiesBothForms() {
        Graph g = ontology();
        Node onto = NodeFactory.createURI(NG.ONTOLOGY);
        assertTrue(g.contains(onto, RDF.type.asNode(), OWL2.Ontology.asNode()));
        assertTrue(g.find(onto, OWL2.versionIRI.asNode(), Node.ANY).hasNext());
        for (FactKind k : FactKind.values()) {
            Node c = NG.of(k.statementClass());
            assertTrue(g.contains(c, NG.of("directProperty"), NG.of(k.directProperty())), k + " direct property");
            assertTrue(g.find(c, NG.of("subjectArgument"), Node.ANY).hasNext(), k + " subject argument");
            assertTrue(g.find(c, NG.of("objectArgument"), Node.ANY).hasNext(), k + " object argument");
        }
    }
}
