package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.nlp.Span;

/**
 * Where and how a fact was found: sentence index, character span of the evidence in the article text, the
 * evidence text itself, the id of the rule that fired and a confidence in [0, 1].
 */
public record Evidence(int sentence, Span span, String text, String rule, double confidence) {
    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text '" + text + "' does not fit its span " + span);
        }
    }
}
