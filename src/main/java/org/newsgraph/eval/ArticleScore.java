package org.newsgraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;

/**
 * The score of one article.
 *
 * @param id       article id
 * @param language article language (ISO 639-1)
 * @param kinds    counts per fact kind (every kind present, possibly {@link Score#ZERO})
 * @param missed   required gold facts no extracted fact matched (the false negatives)
 * @param spurious extracted facts (one per gold form) that matched no gold fact (the false positives)
 */
public record ArticleScore(String id, String language, Map<FactKind, Score> kinds, List<GoldFact> missed,
                           List<Fact> spurious) {
    public ArticleScore {
        EnumMap<FactKind, Score> k = new EnumMap<>(FactKind.class);
        for (FactKind f : FactKind.values()) {
            k.put(f, kinds.getOrDefault(f, Score.ZERO));
        }
        kinds = Collections.unmodifiableMap(k);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public Score kind(FactKind k) {
        return kinds.get(k);
    }

    public Score mention() {
        return kind(FactKind.MENTION);
    }

    /** Micro sum over every kind except mention. */
    public Score relational() {
        Score s = Score.ZERO;
        for (FactKind k : FactKind.values()) {
            if (k != FactKind.MENTION) {
                s = s.plus(kind(k));
            }
        }
        return s;
    }
}
