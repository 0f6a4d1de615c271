package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.Span;

/**
 * A trie of names over word-piece keys, matched longest first. Case is folded, except that a name piece written
 * in capitals (an acronym such as {@code US}, {@code CIS}) must appear in capitals, and a capitalised name piece
 * must appear capitalised: so {@code us} and {@code turkey} do not match the United States and Turkey.
 * Built once; matching is thread-safe given a caller-owned {@link KeyNormalizer}.
 */
public final class NameIndex {
    /** How a name belongs to its entity. */
    public enum Kind { PREFERRED, ALIAS, DEMONYM }

    /** A name of an entity, with the case each of its pieces requires. */
    public record Name(Entity entity, String surface, Kind kind, List<String> pieces) {}

    /** A name found in a text. */
    public record Match(Name name, Span span) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Name> names;
    }

    private final Node root = new Node();
    private final KeyNormalizer keys;
    private int size;

    public NameIndex(KeyNormalizer keys) {
        this.keys = keys;
    }

    /** Adds a name; English-style plurals of a lower-case last word are added too ({@code radars}). */
    public void add(Entity entity, String label, Kind kind) {
        List<Pieces.Piece> ps = Pieces.of(label, keys);
        if (ps.isEmpty()) {
            return;
        }
        List<String> surfaces = ps.stream().map(Pieces.Piece::surface).toList();
        Name name = new Name(entity, label, kind, surfaces);
        List<String> keyList = ps.stream().map(Pieces.Piece::key).toList();
        insert(keyList, name);
        List<String> altList = ps.stream().map(Pieces.Piece::alt).toList();
        if (!altList.equals(keyList)) {
            insert(altList, name);
        }
        String last = surfaces.get(surfaces.size() - 1);
        if (last.chars().allMatch(c -> c >= 'a' && c <= 'z') && last.length() > 2) {
            String k = keyList.get(keyList.size() - 1);
            List<String> plurals = k.endsWith("y") ? List.of(k.substring(0, k.length() - 1) + "ies")
                    : k.endsWith("s") || k.endsWith("x") || k.endsWith("ch") ? List.of(k + "es") : List.of(k + "s");
            for (String pl : plurals) {
                List<String> variant = new ArrayList<>(keyList);
                variant.set(variant.size() - 1, pl);
                insert(variant, name);
            }
        }
    }

    private void insert(List<String> keyList, Name name) {
        Node n = root;
        for (String k : keyList) {
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        if (n.names == null) {
            n.names = new ArrayList<>(1);
        }
        if (n.names.stream().noneMatch(x -> x.entity().equals(name.entity()) && x.surface().equals(name.surface()))) {
            n.names.add(name);
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** Longest non-overlapping matches, left to right, within a span of the text. */
    public List<Match> find(String text, Span within, KeyNormalizer callerKeys) {
        return find(Pieces.of(text, within, callerKeys));
    }

    /** Longest non-overlapping matches, left to right, among word pieces already made (see {@link Pieces#of}). */
    public List<Match> find(List<Pieces.Piece> ps) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            Node n = root;
            Match best = null;
            int bestEnd = i;
            for (int j = i; j < ps.size(); j++) {
                Node step = n.next.get(ps.get(j).key());
                n = step != null ? step : n.next.get(ps.get(j).alt());
                if (n == null) {
                    break;
                }
                if (n.names != null) {
                    Name chosen = choose(n.names, ps.subList(i, j + 1));
                    if (chosen != null) {
                        best = new Match(chosen, new Span(ps.get(i).span().start(), ps.get(j).span().end()));
                        bestEnd = j + 1;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Among the names with this key, the best one whose case constraints the text satisfies. */
    private static Name choose(List<Name> names, List<Pieces.Piece> found) {
        return names.stream().filter(n -> caseFits(n, found))
                .min(Comparator.comparing((Name n) -> !exact(n, found))
                        .thenComparing(Name::kind)
                        .thenComparing(n -> n.entity().iri()))
                .orElse(null);
    }

    private static boolean exact(Name n, List<Pieces.Piece> found) {
        if (n.pieces().size() != found.size()) {
            return false;
        }
        for (int i = 0; i < found.size(); i++) {
            if (!n.pieces().get(i).equals(found.get(i).surface())) {
                return false;
            }
        }
        return true;
    }

    private static boolean caseFits(Name n, List<Pieces.Piece> found) {
        if (n.pieces().size() != found.size()) {
            return true; // a plural variant: the base pieces were lower case
        }
        for (int i = 0; i < found.size(); i++) {
            String want = n.pieces().get(i);
            String got = found.get(i).surface();
            if (isAcronym(want)) {
                if (!want.equals(got)) {
                    return false;
                }
            } else if (Character.isUpperCase(want.codePointAt(0)) && !Character.isUpperCase(got.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String piece) {
        if (piece.length() < 2) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }
}
