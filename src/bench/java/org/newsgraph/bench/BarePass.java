package org.newsgraph.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.BlockSplitter;
import org.newsgraph.nlp.LanguageIdentifier;
import org.newsgraph.nlp.LanguageProfile;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.OpenNlpSentenceSplitter;
import org.newsgraph.nlp.OpenNlpTokenizer;
import org.newsgraph.nlp.RuleSentenceSplitter;
import org.newsgraph.nlp.RuleTokenizer;
import org.newsgraph.nlp.SentenceSplitter;
import org.newsgraph.nlp.Span;
import org.newsgraph.nlp.Tokenizer;

/**
 * The limit the pipeline is measured against: only the NLP components it runs (OpenNLP language detection; per
 * language the OpenNLP or rule-based sentence splitter and tokenizer, and the OpenNLP POS tagger where the profile
 * names one), with the same models, and nothing else. Not thread-safe: one per thread.
 */
final class BarePass {
    private final LanguageIdentifier identifier;
    private final Map<String, Object[]> components = new HashMap<>();

    BarePass(List<LanguageProfile> profiles) {
        identifier = new LanguageIdentifier(profiles);
        for (LanguageProfile p : profiles) {
            SentenceSplitter s = p.sentenceModel() != null ? new OpenNlpSentenceSplitter(Models.sentence(p.sentenceModel()))
                    : new RuleSentenceSplitter(p.abbreviations());
            Tokenizer t = p.tokenModel() != null ? new OpenNlpTokenizer(Models.tokenizer(p.tokenModel())) : new RuleTokenizer();
            POSTaggerME pos = p.posModel() != null ? new POSTaggerME(Models.pos(p.posModel())) : null;
            components.put(p.code(), new Object[] {s, t, pos});
        }
    }

    /** Returns the number of tokens, so the work cannot be optimised away. */
    long run(Article a) {
        String text = a.text();
        String lang = a.metadata().language() != null ? a.metadata().language()
                : identifier.identify(text).orElseThrow().code();
        Object[] c = components.get(lang);
        SentenceSplitter splitter = (SentenceSplitter) c[0];
        Tokenizer tokenizer = (Tokenizer) c[1];
        POSTaggerME pos = (POSTaggerME) c[2];
        long n = 0;
        for (Span block : BlockSplitter.blocks(text)) {
            for (Span s : splitter.split(text, block)) {
                List<Span> tokens = tokenizer.tokenize(text, s);
                if (pos != null) {
                    String[] words = new String[tokens.size()];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = tokens.get(i).of(text);
                    }
                    n += pos.tag(words).length;
                } else {
                    n += tokens.size();
                }
            }
        }
        return n;
    }
}
