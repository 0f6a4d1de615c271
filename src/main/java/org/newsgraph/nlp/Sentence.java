package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/** A sentence: its 0-based index in the article, its span, and its tokens in order. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        }
        for (Token t : tokens) {
            if (!span.contains(t.span())) {
                throw new IllegalArgumentException("token " + t.span() + " lies outside sentence " + span);
            }
        }
    }
}
