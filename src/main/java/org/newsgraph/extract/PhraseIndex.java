package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.KeyNormalizer;

/**
 * Finds lexicon phrases in a sequence of word pieces, by their match keys. Every match is returned (longest first at
 * each position); callers decide about overlaps. Built once, read by many threads.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    /** A phrase found at pieces {@code [start, end)}. */
    public record Hit<T>(int start, int end, T value) {}

    private record Entry<T>(List<String> keys, T value) {}

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    public void add(String phrase, T value, KeyNormalizer keys) {
        List<Pieces.Piece> ps = Pieces.of(phrase, keys);
        List<String> k = ps.stream().map(Pieces.Piece::key).toList();
        if (!k.isEmpty()) {
            byFirst.computeIfAbsent(k.get(0), x -> new ArrayList<>()).add(new Entry<>(k, value));
            List<String> alt = ps.stream().map(Pieces.Piece::alt).toList();
            if (!alt.equals(k)) {
                byFirst.computeIfAbsent(alt.get(0), x -> new ArrayList<>()).add(new Entry<>(alt, value));
            }
        }
    }

    /** All phrases starting at each piece, longest first per position. */
    public List<Hit<T>> find(List<Pieces.Piece> pieces) {
        List<Hit<T>> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            List<Entry<T>> cands = new ArrayList<>(byFirst.getOrDefault(pieces.get(i).key(), List.of()));
            if (!pieces.get(i).alt().equals(pieces.get(i).key())) {
                cands.addAll(byFirst.getOrDefault(pieces.get(i).alt(), List.of()));
            }
            List<Hit<T>> here = new ArrayList<>();
            for (Entry<T> e : cands) {
                if (matches(e.keys(), pieces, i)) {
                    Hit<T> hit = new Hit<>(i, i + e.keys().size(), e.value());
                    if (!here.contains(hit)) {
                        here.add(hit);
                    }
                }
            }
            here.sort((a, b) -> Integer.compare(b.end(), a.end()));
            out.addAll(here);
        }
        return out;
    }

    /** True when some phrase covers exactly pieces {@code [start, end)}. */
    public boolean isPhrase(List<Pieces.Piece> pieces, int start, int end) {
        return find(pieces.subList(start, end)).stream().anyMatch(h -> h.start() == 0 && h.end() == end - start);
    }

    private static boolean matches(List<String> keys, List<Pieces.Piece> pieces, int at) {
        if (at + keys.size() > pieces.size()) {
            return false;
        }
        for (int j = 0; j < keys.size(); j++) {
            if (!pieces.get(at + j).matches(keys.get(j))) {
                return false;
            }
        }
        return true;
    }
}
