package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads the articles one file holds. Throws {@link InputException} with the file and cause when it cannot. */
public interface ArticleReader {
    List<Article> read(Path file);

    /**
     * Reads the file handing each article read to {@code articles} and each problem to {@code problems}, so that the
     * ingest loop reports problems and goes on. The default reads the whole file with {@link #read(Path)}: one
     * problem loses the file. A reader of a multi-article format (JSON Lines, feeds) overrides this to report a
     * broken record with its line and still deliver the good ones.
     */
    default void read(Path file, Consumer<Article> articles, Consumer<InputException> problems) {
        List<Article> all;
        try {
            all = read(file);
        } catch (InputException e) {
            problems.accept(e);
            return;
        }
        all.forEach(articles);
    }
}
