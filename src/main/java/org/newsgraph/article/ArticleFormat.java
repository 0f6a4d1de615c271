package org.newsgraph.article;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The input formats NewsGraph reads. {@code auto} picks one per file: by file name extension, else (for
 * {@code .xml} and standard input) by looking at the content.
 */
public enum ArticleFormat {
    txt, html, jsonl, rss, atom, auto;

    private static final Map<String, ArticleFormat> BY_EXTENSION = Map.of(
            "txt", txt, "text", txt, "md", txt, "html", html, "htm", html,
            "jsonl", jsonl, "ndjson", jsonl, "rss", rss, "atom", atom);

    /** The format a file name's extension stands for; empty for {@code .xml} and unknown extensions. */
    public static Optional<ArticleFormat> byFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The format of a document by its first characters: a feed, an HTML page, JSON lines, else plain text. */
    public static ArticleFormat sniff(String content) {
        String head = content.stripLeading();
        head = (head.startsWith("\uFEFF") ? head.substring(1) : head);
        head = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
        if (head.startsWith("{")) {
            return jsonl;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
            return html;
        }
        if (head.startsWith("<")) {
            if (head.contains("<feed")) {
                return atom;
            }
            if (head.contains("<rss") || head.contains("<rdf:rdf")) {
                return rss;
            }
            return head.startsWith("<?xml") ? rss : html;
        }
        return txt;
    }
}
