package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;

/**
 * One sentence as the relation rules see it: its word pieces and the entities found in it, in text order.
 * Mutable while the entity layer is built, then read by the rules of one extraction (one thread).
 */
public final class SentenceView {
    private final Sentence sentence;
    private final String text;
    private final List<Pieces.Piece> pieces;
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** Phrase hits in this sentence per phrase index: the entity layer and the rules ask for the same ones. */
    private final java.util.Map<PhraseIndex<?>, List<?>> hits = new java.util.IdentityHashMap<>();

    SentenceView(Sentence sentence, String text, List<Pieces.Piece> pieces) {
        this.sentence = sentence;
        this.text = text;
        this.pieces = List.copyOf(pieces);
    }

    public Sentence sentence() {
        return sentence;
    }

    public int index() {
        return sentence.index();
    }

    public List<Pieces.Piece> pieces() {
        return pieces;
    }

    /** The phrases of an index found in this sentence's pieces ({@link PhraseIndex#find}), found once. */
    @SuppressWarnings("unchecked")
    <T> List<PhraseIndex.Hit<T>> hits(PhraseIndex<T> index) {
        return (List<PhraseIndex.Hit<T>>) hits.computeIfAbsent(index, i -> List.copyOf(index.find(pieces)));
    }

    public List<Occurrence> occurrences() {
        return occurrences;
    }

    /** The article text. */
    public String text() {
        return text;
    }

    /** The index of the piece starting at a character offset, or -1. */
    int pieceStartingAt(int offset) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).span().start() == offset) {
                return i;
            }
        }
        return -1;
    }

    /** The index just after the piece ending at a character offset, or -1. */
    int pieceEndingAt(int offset) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).span().end() == offset) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The character span of pieces {@code [start, end)}. */
    Span span(int start, int end) {
        return new Span(pieces.get(start).span().start(), pieces.get(end - 1).span().end());
    }

    /** True when no entity covers any of the pieces {@code [start, end)}. */
    boolean free(int start, int end) {
        return occurrences.stream().noneMatch(o -> o.start() < end && start < o.end());
    }

    /** The text between two pieces (exclusive), e.g. to see punctuation. */
    String gap(int left, int right) {
        return text.substring(pieces.get(left).span().end(), pieces.get(right).span().start());
    }

    void add(Occurrence o) {
        occurrences.add(o);
        occurrences.sort(Comparator.comparingInt(Occurrence::start));
    }

    void replaceAll(java.util.function.UnaryOperator<Occurrence> f) {
        occurrences.replaceAll(f);
    }
}
