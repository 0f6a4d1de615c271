package org.newsgraph.article;

import java.util.List;

/**
 * What one input held: the articles read and the items that could not be read (a malformed JSON line, a feed item
 * without content). A file with one bad item still yields its good ones.
 *
 * @param articles the articles read, in input order
 * @param failures one exception per unreadable item; each message names the source and the item (line, index)
 */
public record ReadResult(List<Article> articles, List<InputException> failures) {
    public ReadResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }

    public static ReadResult of(List<Article> articles) {
        return new ReadResult(articles, List.of());
    }

    /** The articles read; when none could be read, the first problem is thrown (for callers wanting one list). */
    public List<Article> articlesOrFirstFailure() {
        if (articles().isEmpty() && !failures().isEmpty()) {
            throw failures().get(0);
        }
        return articles();
    }
}
