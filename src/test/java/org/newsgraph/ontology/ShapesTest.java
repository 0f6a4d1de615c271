package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.OntologyFiles;
import org.newsgraph.store.StoreValidator;
import org.newsgraph.store.StoreValidator.Finding;
import org.newsgraph.store.StoreValidator.Report;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/** The SHACL shapes accept a correct statement of every class and reject a broken graph with clear messages. */
class ShapesTest {
    static final OntologyFiles FILES = OntologyFiles.locate();
    static final StoreValidator VALIDATOR = StoreValidator.load(FILES.shapes());

    /** The fixture in its own graphs plus the ontology in its graph, as a store holds them. */
    static Report validate(String fixture) {
        return VALIDATOR.validate(load(fixture));
    }

    static DatasetGraph load(String fixture) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            RDFDataMgr.read(d, Path.of("src/test/resources/ontology", fixture).toUri().toString());
            RDFDataMgr.read(d.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)), FILES.ontology().toUri().toString());
        });
        return d;
    }

    static String describe(Report r) {
        return r.findings().stream().map(f -> f.severity() + " " + f.focus() + " " + f.path() + " " + f.value()
                + ": " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void oneCorrectStatementOfEveryClassConforms() {
        Report r = validate("every-statement-kind.trig");
        assertTrue(r.findings().isEmpty(), describe(r));
        assertTrue(r.triples() > 1000, "the ontology was part of the data: " + r.triples());
    }

    @Test
    void aStatementWithoutItsDirectTripleAndAWrongEvidenceAreReported() {
        DatasetGraph d = load("every-statement-kind.trig");
        Node g = NodeFactory.createURI(Iris.article("fixture-every-kind"));
        Node kz = NodeFactory.createURI(Iris.ENTITY + "state/kazakhstan");
        Txn.executeWrite(d, () -> {
            d.delete(g, kz, NG.of("memberOf"), NodeFactory.createURI(Iris.ENTITY + "intorg/csto"));
            List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
            d.find(g, Node.ANY, NG.evidence, NodeFactory.createLiteralString("Kazakhstan")).forEachRemaining(quads::add);
            for (org.apache.jena.sparql.core.Quad q : quads) {
                d.delete(q);
                d.add(g, q.getSubject(), NG.evidence, NodeFactory.createLiteralString("Kazakstan"));
            }
        });
        Report r = VALIDATOR.validate(d);
        assertEquals(1, r.violations(), describe(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == StoreValidator.Severity.VIOLATION
                && f.message().contains("ontology#memberOf") && f.message().endsWith("of this statement is missing")),
                describe(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == StoreValidator.Severity.WARNING
                && f.message().contains("evidence (ng:evidence) differs from the article text")), describe(r));
    }

    @Test
    void theBrokenGraphIsRejectedWithOneMessagePerDefect() {
        Report r = validate("broken.trig");
        assertTrue(!r.conforms());
        expect(r, "statement:fixture-broken/confidence", "must lie between 0 and 1");
        expect(r, "statement:fixture-broken/no-source", "exactly one source article");
        expect(r, "statement:fixture-broken/offsets", "must not exceed the length (96) of the source article's text");
        expect(r, "statement:fixture-broken/one-party", "cooperation statement must have exactly two different parties");
        expect(r, "statement:fixture-broken/role", "must be one of the 11 roles");
        expect(r, "person:ivan-fixture", "at least one preferred label");
        expect(r, "statement:fixture-broken/wrong-class", "organisation (ng:organization) of a membership statement must be");
        Set<String> focus = r.findings().stream().filter(f -> f.severity() == StoreValidator.Severity.VIOLATION)
                .map(f -> f.focus().getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(iri("statement:fixture-broken/confidence"), iri("statement:fixture-broken/no-source"),
                iri("statement:fixture-broken/offsets"), iri("statement:fixture-broken/one-party"),
                iri("statement:fixture-broken/role"), iri("statement:fixture-broken/wrong-class"),
                iri("person:ivan-fixture")), focus, describe(r));
    }

    private static void expect(Report r, String focus, String messagePart) {
        List<Finding> fs = r.findings().stream().filter(f -> f.focus().isURI() && f.focus().getURI().equals(iri(focus)))
                .filter(f -> f.message().contains(messagePart)).toList();
        assertTrue(!fs.isEmpty(), "no finding '" + messagePart + "' on " + focus + " in\n" + describe(r));
        Node g = fs.get(0).articleGraph();
        assertEquals(Iris.article("fixture-broken"), g == null ? null : g.getURI(), "graph of " + focus);
        assertEquals(StoreValidator.Severity.VIOLATION, fs.get(0).severity());
    }

    private static String iri(String curie) {
        String[] p = curie.split(":", 2);
        return (p[0].equals("statement") ? Iris.STATEMENT : Iris.ENTITY + p[0] + "/") + p[1];
    }
}
