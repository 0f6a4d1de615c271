package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import org.newsgraph.nlp.AnalyzedText;

/** What extraction found in one article: mentions and relational facts, each with its evidence. */
public record Extraction(AnalyzedText text, List<Fact> facts) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        facts = List.copyOf(facts);
    }

    public List<Fact> mentions() {
        return facts.stream().filter(f -> f.kind() == FactKind.MENTION).toList();
    }

    public List<Fact> relations() {
        return facts.stream().filter(f -> f.kind() != FactKind.MENTION).toList();
    }
}
