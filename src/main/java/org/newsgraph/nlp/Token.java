package org.newsgraph.nlp;

import java.util.Objects;

/**
 * A token with its offsets in the article text, its normalised match key (case and diacritics folded,
 * stemmed where the language profile says so) and, where a tagger ran, its part of speech (else null).
 */
public record Token(String text, Span span, String key, String pos) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(key, "key");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token '" + text + "' does not fit its span " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
