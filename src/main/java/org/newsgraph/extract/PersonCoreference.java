package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.KeyNormalizer;

/**
 * Within one article, makes every name of a person point at one entity: "Sergei Zgurts" (a misspelling) and
 * "Zgurets" (surname only) resolve to "Sergei Zgurets". Two names are one person when their surnames match (or
 * differ by at most two edits on surnames of five letters or more) and their first names, where both have one,
 * match too. Reference persons win over minted ones; among minted ones the fullest, earliest name wins. Bare surnames
 * of the persons found are then tagged wherever they occur.
 */
final class PersonCoreference {
    /** Compiled once: String.split would compile this pattern on every call, and it runs for every pair of persons. */
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s.]+");

    private PersonCoreference() {}

    static void resolve(List<SentenceView> views) {
        Map<String, Entity> persons = new LinkedHashMap<>();
        for (SentenceView v : views) {
            for (Occurrence o : v.occurrences()) {
                if (o.entity().type() == EntityType.PERSON && !o.demonym()) {
                    persons.putIfAbsent(o.entity().iri(), o.entity());
                }
            }
        }
        Map<String, Entity> canonical = new LinkedHashMap<>();
        List<Entity> all = new ArrayList<>(persons.values());
        for (Entity p : all) {
            Entity best = p;
            for (Entity q : all) {
                if (samePerson(p.label(), q.label()) && (better(q, best)
                        || !better(best, q) && all.indexOf(q) < all.indexOf(best))) {
                    best = q;
                }
            }
            canonical.put(p.iri(), best);
        }
        for (SentenceView v : views) {
            v.replaceAll(o -> canonical.containsKey(o.entity().iri()) ? o.withEntity(canonical.get(o.entity().iri())) : o);
        }
        tagSurnames(views, canonical.values().stream().distinct().toList());
    }

    private static boolean better(Entity q, Entity best) {
        if (q.reference() != best.reference()) {
            return q.reference();
        }
        return words(q.label()).length > words(best.label()).length;
    }

    static boolean samePerson(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        String sx = KeyNormalizer.fold(x[x.length - 1]);
        String sy = KeyNormalizer.fold(y[y.length - 1]);
        boolean surname = sx.equals(sy) || (sx.length() >= 5 && sy.length() >= 5 && editDistance(sx, sy) <= 2);
        if (!surname) {
            return false;
        }
        if (x.length == 1 || y.length == 1) {
            return sx.equals(sy);
        }
        String fx = KeyNormalizer.fold(x[0]);
        String fy = KeyNormalizer.fold(y[0]);
        // "Sergei"/"S." and inflected first names ("Сергей"/"Сергея") count as the same
        return fx.equals(fy) || fx.charAt(0) == fy.charAt(0) && (fx.length() == 1 || fy.length() == 1)
                || fx.length() >= 4 && fy.length() >= 4 && fx.regionMatches(0, fy, 0, 4);
    }

    private static String[] words(String name) {
        return WORD_BREAK.split(name.strip());
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Tags a capitalised surname of a multi-word person name wherever it stands alone. */
    private static void tagSurnames(List<SentenceView> views, List<Entity> persons) {
        Map<String, Entity> bySurname = new LinkedHashMap<>();
        for (Entity p : persons) {
            String[] w = words(p.label());
            if (w.length >= 2 && w[w.length - 1].length() >= 3) {
                bySurname.merge(KeyNormalizer.fold(w[w.length - 1]), p, (x, y) -> x.equals(y) ? x : null);
            }
        }
        bySurname.values().removeIf(java.util.Objects::isNull);
        for (SentenceView v : views) {
            for (int i = 0; i < v.pieces().size(); i++) {
                Pieces.Piece piece = v.pieces().get(i);
                Entity p = bySurname.get(KeyNormalizer.fold(piece.surface()));
                if (p != null && Character.isUpperCase(piece.surface().codePointAt(0)) && v.free(i, i + 1)) {
                    v.add(new Occurrence(p, i, i + 1, piece.span(), false, "mention.coreference.surname", 0.8));
                }
            }
        }
    }
}
