package org.newsgraph.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Base of the format readers: reads a file (or standard input for {@code -}) within the size limit, decodes it
 * strictly ({@link TextDecoder}) and hands the text to {@link #parse}. Subclasses only parse.
 */
public abstract class DocumentReader implements ArticleReader {
    private final long maxBytes;

    protected DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * The articles in a decoded document.
     *
     * @param content the document text
     * @param source  where it came from, for messages and {@link Article#source()}
     * @param baseId  the id for a single article, or the prefix of item ids
     */
    public abstract ReadResult parse(String content, String source, String baseId);

    @Override
    public ReadResult readAll(Path file) {
        String source = file.toString().equals("-") ? "<stdin>" : file.toString();
        return parse(TextDecoder.decode(bytes(file, source, maxBytes), source), source, ArticleIds.ofFile(file));
    }

    /** The articles read; when none could be read, the first problem is thrown. */
    @Override
    public List<Article> read(Path file) {
        return readAll(file).articlesOrFirstFailure();
    }

    /** The bytes of a file or, for {@code -}, of standard input, refusing more than {@code maxBytes}. */
    static byte[] bytes(Path file, String source, long maxBytes) {
        try {
            if (file.toString().equals("-")) {
                InputStream in = System.in;
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (b.length > maxBytes) {
                    throw tooBig(source, "input", maxBytes);
                }
                return b;
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooBig(source, "file is " + size + " bytes,", maxBytes);
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(source, FailureCategory.UNREADABLE, "no such file", e);
        } catch (IOException e) {
            throw new InputException(source, FailureCategory.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
    }

    private static InputException tooBig(String source, String what, long maxBytes) {
        return new InputException(source, FailureCategory.TOO_LARGE,
                what + " over the limit of " + maxBytes + " bytes (raise it with --max-size)");
    }
}
