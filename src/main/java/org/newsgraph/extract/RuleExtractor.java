package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.KeyNormalizer;
import org.newsgraph.nlp.LanguageProfile;

/**
 * The extractor NewsGraph runs: mentions from the reference knowledge base, then the relation rules.
 * Thread-safe: per-call state only; the key normaliser (not thread-safe) is made per thread.
 *
 * <pre>{@code
 * Extractor x = new RuleExtractor(kb, profiles);
 * Extraction e = x.extract(nlp.analyze(article));
 * }</pre>
 */
public final class RuleExtractor implements Extractor {
    private final KnowledgeBase kb;
    private final MentionFinder mentions;
    private final ThreadLocal<KeyNormalizer> keys;

    public RuleExtractor(KnowledgeBase kb, List<LanguageProfile> profiles) {
        this.kb = kb;
        this.keys = ThreadLocal.withInitial(() -> new KeyNormalizer(profiles));
        this.mentions = new MentionFinder(MentionFinder.index(kb, new KeyNormalizer(profiles)));
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public Extraction extract(AnalyzedText text) {
        List<MentionFinder.Located> located = mentions.locate(text, keys.get());
        List<Fact> facts = new ArrayList<>(MentionFinder.mentions(text, located));
        return new Extraction(text, facts);
    }
}
