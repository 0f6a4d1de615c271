package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.DateResolver;
import org.newsgraph.nlp.LanguageProfile;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * The article-to-facts half of NewsGraph: NLP then extraction, configured from the ontology folder.
 * Thread-safe: each thread gets its own {@link TextAnalyzer}.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.load(OntologyFiles.locate());
 * Extraction x = p.run(article);
 * }</pre>
 */
public final class Pipeline {
    /** Bump when extraction logic changes, so stored articles are extracted again. */
    public static final String VERSION = "0.1.0";

    private final List<LanguageProfile> profiles;
    private final Extractor extractor;
    private final KnowledgeBase kb;
    private final ThreadLocal<TextAnalyzer> nlp;
    private final String fingerprint;

    private Pipeline(List<LanguageProfile> profiles, KnowledgeBase kb, List<Lexicon> lexicons, DateResolver dates,
                     String fingerprint) {
        this.profiles = profiles;
        this.kb = kb;
        this.extractor = new RuleExtractor(kb, profiles, lexicons, dates);
        this.nlp = ThreadLocal.withInitial(() -> new TextAnalyzer(profiles));
        this.fingerprint = fingerprint;
    }

    public static Pipeline load(OntologyFiles files) {
        List<LanguageProfile> profiles = files.languageProfiles().stream().map(LanguageProfile::read).toList();
        if (profiles.isEmpty()) {
            throw new NewsGraphException("no language profiles in " + files.root().resolve("languages"));
        }
        KnowledgeBase kb = KnowledgeBase.load(files.ontology(), files.referenceFiles());
        List<Lexicon> lexicons = files.lexicons().stream().map(Lexicon::read).toList();
        return new Pipeline(profiles, kb, lexicons, DateResolver.load(files), VERSION + "/" + files.fingerprint());
    }

    public Extraction run(Article article) {
        AnalyzedText text = nlp.get().analyze(article);
        return extractor.extract(text);
    }

    public AnalyzedText analyze(Article article) {
        return nlp.get().analyze(article);
    }

    /** Identifies the extraction logic and data: stored articles made by another fingerprint are redone. */
    public String fingerprint() {
        return fingerprint;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public List<LanguageProfile> profiles() {
        return profiles;
    }
}
