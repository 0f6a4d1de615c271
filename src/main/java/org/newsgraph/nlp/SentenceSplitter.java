package org.newsgraph.nlp;

import java.util.List;

/** Finds sentence spans within a range of text. Implementations need not be thread-safe. */
public interface SentenceSplitter {
    List<Span> split(String text, Span within);
}
