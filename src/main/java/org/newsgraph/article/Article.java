package org.newsgraph.article;

import java.util.Objects;
import org.newsgraph.vocab.Iris;

/**
 * One news article: an id (its file name without extension), its text and metadata.
 * Character offsets everywhere in NewsGraph index into {@link #text()}.
 */
public record Article(String id, String text, ArticleMetadata metadata, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
        }
        if (!id.matches("[\\p{L}\\p{N}._-]+")) {
            throw new IllegalArgumentException("article id '" + id + "' from " + source
                    + " may contain only letters, digits, '.', '_' and '-'");
        }
    }

    /** SHA-256 of the text, hex. */
    public String contentHash() {
        return Iris.sha256(text);
    }

    /** How many leading characters {@link #leadHash(String)} looks at. */
    public static final int LEAD = 500;

    /**
     * The hash of an article's opening: the first {@value #LEAD} characters of the text lower-cased, diacritics
     * stripped, every run of non-letters and non-digits replaced by one space. Syndicated copies share it.
     */
    public static String leadHash(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Iris.sha256(s.substring(0, Math.min(s.length(), LEAD)));
    }
}
