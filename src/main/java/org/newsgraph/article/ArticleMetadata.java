package org.newsgraph.article;

import java.util.Optional;

/**
 * What is known about an article besides its text. Every field may be absent.
 *
 * @param title     headline
 * @param date      publication date, ISO 8601 (full or partial)
 * @param publisher publisher name
 * @param url       source URL
 * @param language  ISO 639-1 code, when the source states it (an explicit choice overrides detection)
 */
public record ArticleMetadata(String title, String date, String publisher, String url, String language) {
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);

    public Optional<String> titleOpt() {
        return Optional.ofNullable(title);
    }

    public ArticleMetadata withLanguage(String lang) {
        return new ArticleMetadata(title, date, publisher, url, lang);
    }
}
