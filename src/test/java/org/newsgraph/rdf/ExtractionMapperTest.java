package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Role;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

class ExtractionMapperTest {
    static final String TEXT = "Russia thanked analyst Ivan Petrenko.";

    static Extraction sample() {
        Article a = new Article("golden-1", TEXT, new ArticleMetadata("Test", null, null, null, null), "test");
        AnalyzedText t = new AnalyzedText(a, "en", List.of(new Sentence(0, new Span(0, TEXT.length()), List.of())));
        Entity russia = new Entity(Iris.entity("state", "Russia"), EntityType.STATE, "Russia", "Q159", true);
        Entity ivan = new Entity(Iris.entity("person", "Ivan Petrenko"), EntityType.PERSON, "Ivan Petrenko", null, false);
        return new Extraction(t, List.of(
                new Fact(FactKind.MENTION, Map.of(Arg.ENTITY, russia), ev(0, 6, "mention.test", 0.95)),
                new Fact(FactKind.MENTION, Map.of(Arg.ENTITY, ivan), ev(23, 36, "mention.test", 0.8)),
                new Fact(FactKind.HOLDS_POSITION, Map.of(Arg.PERSON, ivan, Arg.ROLE, Role.Expert),
                        ev(15, 36, "position.test", 0.9))));
    }

    static Evidence ev(int s, int e, String rule, double c) {
        return new Evidence(0, new Span(s, e), TEXT.substring(s, e), rule, c);
    }

    /** Statement and fact IRIs are hashes: compare them as blank nodes. Content and lead hashes are not compared. */
    static Graph normalise(Graph g) {
        Map<Node, Node> blanks = new HashMap<>();
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            Node o = t.getPredicate().equals(NG.contentHash) || t.getPredicate().equals(NG.leadHash) ? NodeFactory.createLiteralString("HASH") : blank(t.getObject(), blanks);
            out.add(Triple.create(blank(t.getSubject(), blanks), t.getPredicate(), o));
        });
        return out;
    }

    static Node blank(Node n, Map<Node, Node> blanks) {
        if (n.isURI() && (n.getURI().startsWith(Iris.STATEMENT) || n.getURI().startsWith(Iris.FACT))) {
            return blanks.computeIfAbsent(n, x -> NodeFactory.createBlankNode());
        }
        return n;
    }

    @Test
    void writesTheArticleGraphAsExpected() {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        ExtractionMapper.write(sample(), null, null, StreamRDFLib.dataset(out));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("rdf/mapper-basic/expected.trig");
        Node g = NodeFactory.createURI(Iris.article("golden-1"));
        Graph actual = normalise(out.getGraph(g));
        Graph want = normalise(expected.getGraph(g));
        assertTrue(want.isIsomorphicWith(actual), () -> "not isomorphic; got:\n" + actual);
    }

    @Test
    void statementIrisAreDeterministicAndFactsShareTheirIdentity() {
        DatasetGraph a = DatasetGraphFactory.createGeneral();
        DatasetGraph b = DatasetGraphFactory.createGeneral();
        ExtractionMapper.write(sample(), null, null, StreamRDFLib.dataset(a));
        ExtractionMapper.write(sample(), null, null, StreamRDFLib.dataset(b));
        Node g = NodeFactory.createURI(Iris.article("golden-1"));
        assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)));
        assertEquals(Iris.fact(sample().facts().get(0).canonicalKey()), Iris.fact("mention|entity=" + Iris.entity("state", "Russia")));
    }
}
