package org.newsgraph.extract;

import org.newsgraph.nlp.Span;

/**
 * An entity found in a sentence: the entity, its word pieces {@code [start, end)} within the sentence, its character
 * span in the article, how it was found and how sure that is.
 *
 * @param demonym true when found by an adjective ({@code Russian}): usable as an argument, not as a mention
 */
public record Occurrence(Entity entity, int start, int end, Span span, boolean demonym, String rule, double confidence) {
    public Occurrence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid piece range [" + start + ", " + end + ")");
        }
    }

    public Occurrence withEntity(Entity e) {
        return new Occurrence(e, start, end, span, demonym, rule, confidence);
    }
}
