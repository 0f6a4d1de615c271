package org.newsgraph.extract;

import org.newsgraph.nlp.KeyNormalizer;

/** Builds the name index of the reference knowledge base, which finds mentions of reference entities. */
public final class MentionFinder {
    private MentionFinder() {}

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

}
