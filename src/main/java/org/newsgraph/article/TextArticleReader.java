package org.newsgraph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plain-text article. The article id is the file name without extension; the title is the first
 * line when it reads like a headline (short, no final full stop).
 */
public final class TextArticleReader implements ArticleReader {
    private final long maxBytes;

    public TextArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public List<Article> read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(source, FailureCategory.TOO_LARGE, "file is " + size + " bytes, over the limit of " + maxBytes
                        + " bytes (raise it with --max-size)");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(source, FailureCategory.UNREADABLE, "no such file", e);
        } catch (IOException e) {
            throw new InputException(source, FailureCategory.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
        String text = TextDecoder.decode(bytes, source);
        if (text.isBlank()) {
            throw new InputException(source, FailureCategory.EMPTY, "file holds only white space");
        }
        try {
            return List.of(new Article(idOf(file), text, new ArticleMetadata(headline(text), null, null, null, null), source));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, FailureCategory.INVALID_ID, e.getMessage()
                    + "; rename the file", e);
        }
    }

    /** The article id of a file: its name without the last extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String headline(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        boolean looksLikeHeadline = !first.isEmpty() && first.length() <= 160 && !first.endsWith(".");
        return looksLikeHeadline ? first : null;
    }
}
