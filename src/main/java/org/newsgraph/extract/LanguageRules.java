package org.newsgraph.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.KeyNormalizer;

/** A language's lexicon compiled into phrase indexes. Immutable after construction; shared by threads. */
final class LanguageRules {
    final Lexicon lexicon;
    final PhraseIndex<Lexicon.Trigger> triggers = new PhraseIndex<>();
    final PhraseIndex<Lexicon.RoleWord> roles = new PhraseIndex<>();
    private final Map<Lexicon.WordClass, PhraseIndex<String>> classes = new EnumMap<>(Lexicon.WordClass.class);

    LanguageRules(Lexicon lexicon, KeyNormalizer keys) {
        this.lexicon = lexicon;
        lexicon.triggers().forEach(t -> triggers.add(t.phrase(), t, keys));
        lexicon.roles().forEach(r -> roles.add(r.phrase(), r, keys));
        for (Lexicon.WordClass c : Lexicon.WordClass.values()) {
            PhraseIndex<String> idx = new PhraseIndex<>();
            lexicon.words(c).forEach(w -> idx.add(w, w, keys));
            classes.put(c, idx);
        }
    }

    PhraseIndex<String> words(Lexicon.WordClass c) {
        return classes.get(c);
    }

    /** Hits of a word class in a piece list. */
    List<PhraseIndex.Hit<String>> find(Lexicon.WordClass c, List<Pieces.Piece> pieces) {
        return classes.get(c).find(pieces);
    }

    /** Hits of a word class in a sentence (found once per sentence). */
    List<PhraseIndex.Hit<String>> find(Lexicon.WordClass c, SentenceView v) {
        return v.hits(classes.get(c));
    }

    /** True when the pieces {@code [start, end)} are exactly one phrase of the class. */
    boolean is(Lexicon.WordClass c, List<Pieces.Piece> pieces, int start, int end) {
        return start < end && classes.get(c).isPhrase(pieces, start, end);
    }
}
