package org.newsgraph.extract;

import org.newsgraph.nlp.AnalyzedText;

/** The extraction stage: facts from an analysed article. Implementations are thread-safe unless noted. */
public interface Extractor {
    Extraction extract(AnalyzedText text);
}
