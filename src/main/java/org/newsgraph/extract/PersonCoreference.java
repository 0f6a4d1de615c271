package org.newsgraph.extract;

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
        List<Name> all = persons.values().stream().map(Name::of).toList();
        for (Name p : all) {
            int best = all.indexOf(p);
            for (int j = 0; j < all.size(); j++) {
                Name q = all.get(j);
                // among names of the same person, the better one, else the earlier
                if (p.same(q) && (better(q, all.get(best)) || !better(all.get(best), q) && j < best)) {
                    best = j;
                }
            }
            canonical.put(p.entity().iri(), all.get(best).entity());
        }
        for (SentenceView v : views) {
            v.replaceAll(o -> canonical.containsKey(o.entity().iri()) ? o.withEntity(canonical.get(o.entity().iri())) : o);
        }
        tagSurnames(views, canonical.values().stream().distinct().toList());
    }

    /** A person's name split once: it is compared with every other person's of the article. */
    private record Name(Entity entity, int wordCount, String surname, String first) {
        static Name of(Entity e) {
            String[] w = PersonCoreference.words(e.label());
            return new Name(e, w.length, KeyNormalizer.fold(w[w.length - 1]),
                    w.length == 1 ? null : KeyNormalizer.fold(w[0]));
        }

        boolean same(Name o) {
            return samePerson(surname, first, o.surname, o.first);
        }
    }

    private static boolean better(Name q, Name best) {
        if (q.entity().reference() != best.entity().reference()) {
            return q.entity().reference();
        }
        return q.wordCount() > best.wordCount();
    }

    static boolean samePerson(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        return samePerson(KeyNormalizer.fold(x[x.length - 1]), x.length == 1 ? null : KeyNormalizer.fold(x[0]),
                KeyNormalizer.fold(y[y.length - 1]), y.length == 1 ? null : KeyNormalizer.fold(y[0]));
    }

    /** Folded surnames and first names (null: the name is a surname alone). */
    private static boolean samePerson(String sx, String fx, String sy, String fy) {
        boolean surname = sx.equals(sy) || (sx.length() >= 5 && sy.length() >= 5 && editDistance(sx, sy) <= 2);
        if (!surname) {
            return false;
        }
        if (fx == null || fy == null) {
            return sx.equals(sy);
        }
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
        if (bySurname.isEmpty()) {
            return;
        }
        for (SentenceView v : views) {
            for (int i = 0; i < v.pieces().size(); i++) {
                Pieces.Piece piece = v.pieces().get(i);
                if (!Character.isUpperCase(piece.surface().codePointAt(0))) {
                    continue;
                }
                Entity p = bySurname.get(KeyNormalizer.fold(piece.surface()));
                if (p != null && v.free(i, i + 1)) {
                    v.add(new Occurrence(p, i, i + 1, piece.span(), false, "mention.coreference.surname", 0.8));
                }
            }
        }
    }
}
