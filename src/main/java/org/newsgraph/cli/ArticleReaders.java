package org.newsgraph.cli;

import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.TextArticleReader;

/** The article reader for the settings: a forced language is applied to every article read. */
final class ArticleReaders {
    private ArticleReaders() {}

    static ArticleReader of(Settings s) {
        ArticleReader base = new TextArticleReader(s.maxBytes());
        if (s.language() == null) {
            return base;
        }
        return file -> base.read(file).stream()
                .map(a -> new org.newsgraph.article.Article(a.id(), a.text(), a.metadata().withLanguage(s.language()), a.source()))
                .toList();
    }
}
