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
}
