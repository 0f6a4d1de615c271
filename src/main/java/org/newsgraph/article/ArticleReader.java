package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;

/** Reads the articles one file holds. Throws {@link InputException} with the file and cause when it cannot. */
public interface ArticleReader {
    List<Article> read(Path file);
}
