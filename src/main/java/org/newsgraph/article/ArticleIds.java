package org.newsgraph.article;

import java.nio.file.Path;
import org.newsgraph.vocab.Iris;

/**
 * Derives valid article ids (letters, digits, '.', '_' and '-') from file names, crawler ids and URLs, so that any
 * input yields an id {@link Article} accepts and the same input always yields the same id.
 */
public final class ArticleIds {
    private static final int MAX = 120;

    private ArticleIds() {}

    /** The id of a file: its name without the last extension, made safe ({@code "-"} (standard input) gives {@code stdin}). */
    public static String ofFile(Path file) {
        if (file.toString().equals("-")) {
            return "stdin";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return safe(dot > 0 ? name.substring(0, dot) : name);
    }

    /**
     * A safe id from free text (a crawler's id): other characters become '-', runs collapse, the ends are trimmed;
     * an id that would be empty or too long is replaced by (or ends with) a hash of the raw value.
     */
    public static String safe(String raw) {
        String s = raw.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.isEmpty()) {
            return "id-" + Iris.hash(raw, 16);
        }
        if (s.length() > MAX) {
            return s.substring(0, MAX - 17) + "-" + Iris.hash(raw, 16);
        }
        return s;
    }

    /** The id of an item of a multi-article file, from a stable key (guid, URL): {@code <base>-<hash of key>}. */
    public static String item(String base, String key) {
        return base + "-" + Iris.hash(key.strip(), 12);
    }

    /** The id of an item that has no stable key: {@code <base>-<n>} (1-based position). */
    public static String item(String base, int position) {
        return base + "-" + position;
    }
}
