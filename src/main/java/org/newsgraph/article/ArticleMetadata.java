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
 * @param author    author name(s), as the source gives them
 */
public record ArticleMetadata(String title, String date, String publisher, String url, String language, String author) {
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    /** Metadata without an author. */
    public ArticleMetadata(String title, String date, String publisher, String url, String language) {
        this(title, date, publisher, url, language, null);
    }

    public Optional<String> titleOpt() {
        return Optional.ofNullable(title);
    }

    /** The publication date when it is a full date ({@code YYYY-MM-DD} or a date-time): what relative dates resolve against. */
    public Optional<java.time.LocalDate> publishedDate() {
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(date.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public ArticleMetadata withLanguage(String lang) {
        return new ArticleMetadata(title, date, publisher, url, lang, author);
    }

    /** This metadata with every absent field taken from {@code other}. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(pick(title, other.title), pick(date, other.date), pick(publisher, other.publisher),
                pick(url, other.url), pick(language, other.language), pick(author, other.author));
    }

    private static String pick(String a, String b) {
        return a != null ? a : b;
    }
}
