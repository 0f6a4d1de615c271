package org.newsgraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.KnowledgeBase;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Value;
import org.newsgraph.nlp.Span;

/** Hand-made extracted facts over the small knowledge base of {@code reference.ttl}, for the scoring tests. */
final class Facts {
    static final KnowledgeBase KB = load();
    static final String ID = "https://w3id.org/newsgraph/id/";

    private Facts() {}

    private static KnowledgeBase load() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, Facts.class.getResource("/org/newsgraph/eval/reference.ttl").toString());
        return KnowledgeBase.fromGraph(g);
    }

    /** A reference entity by its IRI path, e.g. {@code state/kazakhstan}. */
    static Entity ref(String path) {
        return KB.get(ID + path).orElseThrow(() -> new IllegalArgumentException("not in reference.ttl: " + path));
    }

    /** An entity minted by extraction (not in the knowledge base). */
    static Entity minted(EntityType type, String label) {
        return new Entity(ID + type.iriKind() + "/" + label.toLowerCase().replaceAll("[^a-z0-9]+", "-"), type, label,
                null, false);
    }

    static Evidence evidence(String text) {
        return new Evidence(0, new Span(0, text.length()), text, "test." + text.length(), 0.9);
    }

    /** A fact from alternating arguments and values ({@code Arg.MEMBER, ref("state/kazakhstan"), ...}). */
    static Fact fact(FactKind kind, String evidence, Object... argsAndValues) {
        Map<Arg, Value> args = new EnumMap<>(Arg.class);
        for (int i = 0; i < argsAndValues.length; i += 2) {
            args.put((Arg) argsAndValues[i], (Value) argsAndValues[i + 1]);
        }
        return new Fact(kind, args, evidence(evidence));
    }

    static Fact mention(Entity e, String surface) {
        return fact(FactKind.MENTION, surface, Arg.ENTITY, e);
    }

    static Literal date(String iso) {
        return new Literal(iso, iso.startsWith("--") ? Literal.XSD + "gMonthDay" : Literal.XSD + "date");
    }

    /** Scores hand-made facts against gold lines (one JSON object a line). */
    static ArticleScore score(List<Fact> extracted, String... goldLines) {
        GoldFile gold = GoldReader.parse(String.join("\n", goldLines), "test.jsonl");
        return new Scorer(EntityNames.of(KB)).score("test", "en", extracted, gold.facts());
    }
}
