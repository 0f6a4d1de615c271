package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;

/** Reads the articles one file holds. Throws {@link InputException} with the file and cause when it cannot. */
public interface ArticleReader {
    List<Article> read(Path file);

    /**
     * Reads a file that may hold several articles, reporting the items that fail without giving up on the others.
     * Throws {@link InputException} only when the file as a whole cannot be read.
     */
    default ReadResult readAll(Path file) {
        return ReadResult.of(read(file));
    }
}
