package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plain-text article. The article id is the file name without extension. An optional leading
 * {@link FrontMatter} block gives metadata; the article text is then the body after it. Without a title there, the
 * title is the first line when it reads like a headline (short, no final full stop).
 */
public final class TextArticleReader extends DocumentReader {
    public TextArticleReader(long maxBytes) {
        super(maxBytes);
    }

    @Override
    public ReadResult parse(String content, String source, String baseId) {
        FrontMatter fm = FrontMatter.parse(content, source);
        if (fm.body().isBlank()) {
            throw new InputException(source, FailureCategory.EMPTY, content.isBlank() ? "file holds only white space"
                    : "no article text after the front matter");
        }
        ArticleMetadata m = fm.metadata().orElse(new ArticleMetadata(headline(fm.body()), null, null, null, null));
        try {
            return ReadResult.of(List.of(new Article(baseId, fm.body(), m, source)));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, FailureCategory.INVALID_ID, e.getMessage() + "; rename the file", e);
        }
    }

    /** The article id of a file: its name without the last extension. */
    public static String idOf(Path file) {
        return ArticleIds.ofFile(file);
    }

    static String headline(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        boolean looksLikeHeadline = !first.isEmpty() && first.length() <= 160 && !first.endsWith(".");
        return looksLikeHeadline ? first : null;
    }
}
