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
            Pieces.Piece p = pieces.get(i);
            List<Entry<T>> byKey = byFirst.get(p.key());
            List<Entry<T>> byAlt = p.alt().equals(p.key()) ? null : byFirst.get(p.alt());
            if (byKey == null && byAlt == null) {
                continue; // most pieces start no phrase: no lists made for them
            }
            int from = out.size();
            collect(byKey, pieces, i, out, from);
            collect(byAlt, pieces, i, out, from);
            if (out.size() - from > 1) {
                out.subList(from, out.size()).sort((a, b) -> Integer.compare(b.end(), a.end()));
            }
        }
        return out;
    }

    /** Adds the hits of these entries at piece {@code at} to {@code out}, once each (hits from {@code from} on). */
    private static <T> void collect(List<Entry<T>> entries, List<Pieces.Piece> pieces, int at, List<Hit<T>> out,
                                    int from) {
        if (entries == null) {
            return;
        }
        for (Entry<T> e : entries) {
            if (matches(e.keys(), pieces, at)) {
                Hit<T> hit = new Hit<>(at, at + e.keys().size(), e.value());
                if (!out.subList(from, out.size()).contains(hit)) {
                    out.add(hit);
                }
            }
        }
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
