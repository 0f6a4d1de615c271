package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads any supported format: a forced {@link ArticleFormat}, or per file by extension, else by content. Also
 * reads standard input when the path is {@code -}.
 *
 * <pre>{@code
 * ArticleReader r = new MultiFormatReader(ArticleFormat.auto, 5 << 20, JsonFields.DEFAULT.with("text=body"));
 * ReadResult res = r.readAll(Path.of("crawl/2024-03.jsonl"));
 * }</pre>
 */
public final class MultiFormatReader implements ArticleReader {
    private final ArticleFormat format;
    private final long maxBytes;
    private final TextArticleReader text;
    private final HtmlArticleReader html;
    private final JsonLinesArticleReader jsonl;
    private final FeedArticleReader feed;

    public MultiFormatReader(ArticleFormat format, long maxBytes, JsonFields fields) {
        this.format = format;
        this.maxBytes = maxBytes;
        this.text = new TextArticleReader(maxBytes);
        this.html = new HtmlArticleReader(maxBytes);
        this.jsonl = new JsonLinesArticleReader(maxBytes, fields);
        this.feed = new FeedArticleReader(maxBytes);
    }

    @Override
    public ReadResult readAll(Path file) {
        boolean stdin = file.toString().equals("-");
        String source = stdin ? "<stdin>" : file.toString();
        ArticleFormat f = format != ArticleFormat.auto ? format
                : stdin ? null : ArticleFormat.byFileName(file.getFileName().toString()).orElse(null);
        String content = TextDecoder.decode(DocumentReader.bytes(file, source, maxBytes), source);
        if (f == null) {
            f = ArticleFormat.sniff(content);
        }
        return readerFor(f).parse(content, source, ArticleIds.ofFile(file));
    }

    @Override
    public List<Article> read(Path file) {
        return readAll(file).articlesOrFirstFailure();
    }

    private DocumentReader readerFor(ArticleFormat f) {
        return switch (f) {
            case txt -> text;
            case html -> html;
            case jsonl -> jsonl;
            case rss, atom -> feed;
            case auto -> throw new IllegalStateException("auto is resolved before reading");
        };
    }
}
