package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.Sentence;

/**
 * Finds mentions of reference entities: the longest name of the knowledge base at each place of each sentence.
 * A demonym ({@code Russian arms}) is kept only where the entity is also named in the article, since an
 * adjective alone rarely makes an article "about" a state.
 */
public final class MentionFinder {
    static final double PREFERRED_CONFIDENCE = 0.95;
    static final double ALIAS_CONFIDENCE = 0.9;
    static final double DEMONYM_CONFIDENCE = 0.7;

    private final NameIndex names;

    public MentionFinder(NameIndex names) {
        this.names = names;
    }

    /** Builds the name index of a knowledge base: preferred labels, aliases and demonyms of every entity. */
    public static NameIndex index(KnowledgeBase kb, KeyNormalizer keys) {
        NameIndex idx = new NameIndex(keys);
        for (KnowledgeBase.Names n : kb.all()) {
            n.preferred().forEach(l -> idx.add(n.entity(), l, NameIndex.Kind.PREFERRED));
            n.aliases().forEach(l -> idx.add(n.entity(), l, NameIndex.Kind.ALIAS));
            n.demonyms().forEach(l -> idx.add(n.entity(), l, NameIndex.Kind.DEMONYM));
        }
        return idx;
    }

    /** Every name match in the text, including demonyms, sentence by sentence. */
    public List<Located> locate(AnalyzedText text, KeyNormalizer keys) {
        List<Located> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (NameIndex.Match m : names.find(text.text(), s.span(), keys)) {
                out.add(new Located(m, s.index()));
            }
        }
        return out;
    }

    /** A name match and the sentence it is in. */
    public record Located(NameIndex.Match match, int sentence) {
        public Entity entity() {
            return match.name().entity();
        }

        public boolean isDemonym() {
            return match.name().kind() == NameIndex.Kind.DEMONYM;
        }
    }

    /** Mention facts for the located names (demonyms only for entities also named). */
    public static List<Fact> mentions(AnalyzedText text, List<Located> located) {
        Set<String> named = new HashSet<>();
        for (Located l : located) {
            if (!l.isDemonym()) {
                named.add(l.entity().iri());
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Located l : located) {
            if (l.isDemonym() && !named.contains(l.entity().iri())) {
                continue;
            }
            NameIndex.Kind kind = l.match().name().kind();
            double conf = switch (kind) {
                case PREFERRED -> PREFERRED_CONFIDENCE;
                case ALIAS -> ALIAS_CONFIDENCE;
                case DEMONYM -> DEMONYM_CONFIDENCE;
            };
            var span = l.match().span();
            out.add(new Fact(FactKind.MENTION, java.util.Map.of(Arg.ENTITY, l.entity()),
                    new Evidence(l.sentence(), span, span.of(text.text()), "mention.lexicon." + kind.name().toLowerCase(java.util.Locale.ROOT), conf)));
        }
        return out;
    }
}
