package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.MultiFormatReader;
import org.newsgraph.article.ReadResult;

/** The article reader for the settings: every format; a forced language is applied to every article read. */
final class ArticleReaders {
    private ArticleReaders() {}

    static ArticleReader of(Settings s) {
        ArticleReader base = new MultiFormatReader(s.format(), s.maxBytes(), s.fields());
        if (s.language() == null) {
            return base;
        }
        return new ArticleReader() {
            @Override
            public List<Article> read(Path file) {
                return base.read(file).stream().map(a -> withLanguage(a, s.language())).toList();
            }

            @Override
            public ReadResult readAll(Path file) {
                ReadResult r = base.readAll(file);
                return new ReadResult(r.articles().stream().map(a -> withLanguage(a, s.language())).toList(), r.failures());
            }
        };
    }

    private static Article withLanguage(Article a, String lang) {
        return new Article(a.id(), a.text(), a.metadata().withLanguage(lang), a.source());
    }
}
