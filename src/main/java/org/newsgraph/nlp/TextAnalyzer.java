package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.article.Article;
import org.newsgraph.article.FailureCategory;
import org.newsgraph.article.InputException;

/**
 * The NLP stage: language, sentences and tokens of an article, with character offsets into its text.
 * Uses OpenNLP models where the language profile names them, and rule-based splitting and tokenisation
 * elsewhere. Not thread-safe: use one per thread (the OpenNLP models behind it are shared).
 *
 * <pre>{@code
 * TextAnalyzer nlp = new TextAnalyzer(profiles);
 * AnalyzedText t = nlp.analyze(article);   // language detected unless the article states one
 * }</pre>
 */
public final class TextAnalyzer {
    private final List<LanguageProfile> profiles;
    private final KeyNormalizer keys;
    private final Map<String, Components> components = new HashMap<>();
    private LanguageIdentifier identifier;

    public TextAnalyzer(List<LanguageProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no language profiles: ontology/languages/ must hold at least one");
        }
        this.profiles = List.copyOf(profiles);
        this.keys = new KeyNormalizer(profiles);
    }

    public KeyNormalizer keys() {
        return keys;
    }

    public AnalyzedText analyze(Article article) {
        LanguageProfile profile = profileFor(article);
        Components c = components.computeIfAbsent(profile.code(), k -> new Components(profile));
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span block : BlockSplitter.blocks(text)) {
            for (Span s : c.splitter.split(text, block)) {
                sentences.add(sentence(sentences.size(), s, text, c));
            }
        }
        return new AnalyzedText(article, profile.code(), sentences);
    }

    private Sentence sentence(int index, Span span, String text, Components c) {
        List<Span> spans = c.tokenizer.tokenize(text, span);
        String[] pos = null;
        if (c.tagger != null) {
            String[] words = spans.stream().map(s -> s.of(text)).toArray(String[]::new);
            pos = c.tagger.tag(words);
        }
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            String w = spans.get(i).of(text);
            tokens.add(new Token(w, spans.get(i), keys.key(w), pos == null ? null : pos[i]));
        }
        return new Sentence(index, span, tokens);
    }

    private LanguageProfile profileFor(Article article) {
        String stated = article.metadata().language();
        if (stated != null) {
            return profiles.stream().filter(p -> p.code().equals(stated)).findFirst().orElseThrow(() ->
                    new InputException(article.source(), FailureCategory.LANGUAGE, "language '" + stated + "' has no profile; available: "
                            + available() + " (add ontology/languages/" + stated + ".properties and a lexicon)"));
        }
        if (identifier == null) {
            identifier = new LanguageIdentifier(profiles);
        }
        return identifier.identify(article.text()).orElseThrow(() ->
                new InputException(article.source(), FailureCategory.LANGUAGE, "language detected as '" + identifier.bestGuess(article.text())
                        + "' (ISO 639-3), which has no profile; available: " + available()
                        + "; pass --lang to override"));
    }

    private String available() {
        return profiles.stream().map(LanguageProfile::code).sorted().collect(Collectors.joining(", "));
    }

    /** The per-language OpenNLP or rule-based components, made once per analyzer. */
    private static final class Components {
        final SentenceSplitter splitter;
        final Tokenizer tokenizer;
        final POSTaggerME tagger;

        Components(LanguageProfile p) {
            splitter = p.sentenceModel() != null
                    ? new OpenNlpSentenceSplitter(Models.sentence(p.sentenceModel()))
                    : new RuleSentenceSplitter(p.abbreviations());
            tokenizer = p.tokenModel() != null
                    ? new OpenNlpTokenizer(Models.tokenizer(p.tokenModel()))
                    : new RuleTokenizer();
            tagger = p.posModel() != null ? new POSTaggerME(Models.pos(p.posModel())) : null;
        }
    }
}
