package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;

/**
 * Scores one article's extracted facts against its gold facts.
 * <ol>
 * <li>Facts are sets: extracted facts with one gold form ({@link GoldMapper#key}) count once, as do gold lines
 *     with one content (a required line wins over an optional one).</li>
 * <li>One to one: per fact kind, a maximum bipartite matching pairs extracted facts with the required gold facts
 *     they match, so one extracted fact satisfies at most one gold fact and one gold fact is credited at most
 *     once. TP = pairs, FN = required gold facts left unpaired.</li>
 * <li>An unpaired extracted fact is neutral when it matches an optional gold fact (optional facts count neither
 *     for recall nor against precision, and any number of extracted facts may match one), else a FP. Among
 *     maximum matchings, facts that match no optional gold fact are paired first, so the count of FPs is the
 *     smallest the matching allows. A second extracted fact matching an already paired gold fact (say a
 *     {@code holdsPosition} with and without {@code of}) is a FP: gold would have listed it too.</li>
 * </ol>
 */
public final class Scorer {
    private final EntityNames names;

    public Scorer(EntityNames names) {
        this.names = names;
    }

    public ArticleScore score(String id, String language, List<Fact> extracted, List<GoldFact> gold) {
        FactMatcher matcher = new FactMatcher(names.withArticle(extracted));
        Map<String, Fact> unique = new LinkedHashMap<>();
        extracted.forEach(f -> unique.putIfAbsent(GoldMapper.key(f), f));
        Map<String, GoldFact> goldSet = new LinkedHashMap<>();
        for (GoldFact g : gold) {
            goldSet.merge(g.contentKey(), g, (old, neu) -> old.optional() && !neu.optional() ? neu : old);
        }
        Map<FactKind, Score> kinds = new EnumMap<>(FactKind.class);
        List<GoldFact> missed = new ArrayList<>();
        List<Fact> spurious = new ArrayList<>();
        for (FactKind k : FactKind.values()) {
            List<Fact> xs = unique.values().stream().filter(f -> f.kind() == k).toList();
            List<GoldFact> required = goldSet.values().stream().filter(g -> g.kind() == k && !g.optional()).toList();
            List<GoldFact> optional = goldSet.values().stream().filter(g -> g.kind() == k && g.optional()).toList();
            List<Fact> ordered = new ArrayList<>(xs.stream().filter(x -> !matchesAny(matcher, optional, x)).toList());
            xs.stream().filter(x -> matchesAny(matcher, optional, x)).forEach(ordered::add);
            int[] pairOf = match(matcher, ordered, required);
            boolean[] paired = new boolean[ordered.size()];
            int tp = 0;
            for (int r = 0; r < required.size(); r++) {
                if (pairOf[r] >= 0) {
                    paired[pairOf[r]] = true;
                    tp++;
                } else {
                    missed.add(required.get(r));
                }
            }
            int fp = 0;
            for (int i = 0; i < ordered.size(); i++) {
                if (!paired[i] && !matchesAny(matcher, optional, ordered.get(i))) {
                    spurious.add(ordered.get(i));
                    fp++;
                }
            }
            kinds.put(k, new Score(tp, fp, required.size() - tp));
        }
        return new ArticleScore(id, language, kinds, missed, spurious);
    }

    private static boolean matchesAny(FactMatcher m, List<GoldFact> gold, Fact x) {
        return gold.stream().anyMatch(g -> m.matches(g, x));
    }

    /** Kuhn's augmenting paths; returns for each gold fact the index of its extracted fact, or -1. */
    private static int[] match(FactMatcher m, List<Fact> xs, List<GoldFact> gold) {
        List<List<Integer>> adj = new ArrayList<>();
        for (Fact x : xs) {
            List<Integer> row = new ArrayList<>();
            for (int r = 0; r < gold.size(); r++) {
                if (m.matches(gold.get(r), x)) {
                    row.add(r);
                }
            }
            adj.add(row);
        }
        int[] pairOf = new int[gold.size()];
        Arrays.fill(pairOf, -1);
        for (int l = 0; l < xs.size(); l++) {
            augment(l, adj, pairOf, new boolean[gold.size()]);
        }
        return pairOf;
    }

    private static boolean augment(int l, List<List<Integer>> adj, int[] pairOf, boolean[] seen) {
        for (int r : adj.get(l)) {
            if (!seen[r]) {
                seen[r] = true;
                if (pairOf[r] < 0 || augment(pairOf[r], adj, pairOf, seen)) {
                    pairOf[r] = l;
                    return true;
                }
            }
        }
        return false;
    }
}
