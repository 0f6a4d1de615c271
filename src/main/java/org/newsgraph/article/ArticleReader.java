package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Reads the file handing each article read to {@code articles} and each problem to {@code problems}, so that the
     * ingest loop reports problems and goes on: a broken record of a multi-article file (a JSON line, a feed item)
     * loses only that record.
     */
    default void read(Path file, Consumer<Article> articles, Consumer<InputException> problems) {
        ReadResult r;
        try {
            r = readAll(file);
        } catch (InputException e) {
            problems.accept(e);
            return;
        }
        r.failures().forEach(problems);
        r.articles().forEach(articles);
    }
}
