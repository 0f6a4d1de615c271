package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.newsgraph.article.Article;

/** An article after the NLP stage: its language (ISO 639-1) and its sentences. */
public record AnalyzedText(Article article, String language, List<Sentence> sentences) {
    public AnalyzedText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }
}
