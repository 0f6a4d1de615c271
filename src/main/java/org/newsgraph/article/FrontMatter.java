package org.newsgraph.article;

import java.util.Locale;

/**
 * A leading block of {@code key: value} lines between two {@code ---} lines at the very start of a text file:
 *
 * <pre>
 * ---
 * title: Astana orders new radars
 * date: 2024-03-05
 * url: https://news.example.kz/2024/03/radars
 * publisher: Steppe Defence Review
 * language: en
 * ---
 * The body starts here.
 * </pre>
 *
 * Keys: {@code title}, {@code date}, {@code url} (or {@code source}, {@code link}), {@code publisher},
 * {@code language} (or {@code lang}), {@code author}; values may be quoted; other keys and {@code #} comments are
 * ignored. The article text is the body after the block, so offsets count from the body's first character.
 *
 * @param metadata what the block states
 * @param body     the text after the block (leading blank lines removed), or the whole text when there is no block
 */
public record FrontMatter(ArticleMetadata metadata, String body) {
    private static final int MAX_LINES = 60;

    /** Splits a text into its front matter and body; a text without a well-formed block is all body. */
    public static FrontMatter parse(String text, String source) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---\n") && !t.startsWith("---\r\n")) {
            return new FrontMatter(ArticleMetadata.EMPTY, text);
        }
        String[] lines = t.split("\r?\n", -1);
        int end = -1;
        for (int i = 1; i < Math.min(lines.length, MAX_LINES); i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return new FrontMatter(ArticleMetadata.EMPTY, text);
        }
        String title = null, date = null, url = null, publisher = null, language = null, author = null;
        for (int i = 1; i < end; i++) {
            String line = lines[i].strip();
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#") || colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            switch (key) {
                case "title", "headline" -> title = MetadataValues.text(value);
                case "date", "published" -> date = MetadataValues.date(value, source);
                case "url", "source", "link", "canonical" -> url = MetadataValues.url(value, source);
                case "publisher", "site" -> publisher = MetadataValues.text(value);
                case "language", "lang" -> language = MetadataValues.language(value, source);
                case "author", "byline" -> author = MetadataValues.text(value);
                default -> { }
            }
        }
        int bodyStart = offsetOfLine(t, end + 1);
        String body = t.substring(bodyStart).replaceFirst("^(?:[ \\t]*\\r?\\n)+", "");
        return new FrontMatter(new ArticleMetadata(title, date, publisher, url, language, author), body);
    }

    private static int offsetOfLine(String t, int line) {
        int pos = 0;
        for (int i = 0; i < line; i++) {
            int nl = t.indexOf('\n', pos);
            if (nl < 0) {
                return t.length();
            }
            pos = nl + 1;
        }
        return pos;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
