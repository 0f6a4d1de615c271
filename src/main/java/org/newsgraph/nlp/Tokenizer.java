package org.newsgraph.nlp;

import java.util.List;

/** Finds token spans within a sentence. Implementations need not be thread-safe. */
public interface Tokenizer {
    List<Span> tokenize(String text, Span sentence);
}
