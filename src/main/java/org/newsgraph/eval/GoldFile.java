package org.newsgraph.eval;

import java.util.List;

/** The facts of one gold file and the warnings its reading produced (keys that were ignored). */
public record GoldFile(String source, List<GoldFact> facts, List<String> warnings) {
    public GoldFile {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
