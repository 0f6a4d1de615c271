package org.newsgraph.article;

import java.util.List;
import java.util.Objects;

/**
 * Which JSON field of a crawler's record holds each article value. Defaults: {@code id}, {@code url},
 * {@code title}, {@code date}, {@code language}, {@code text}, {@code publisher}, {@code author}. A name may be a
 * dotted path into nested objects ({@code meta.published}).
 */
public record JsonFields(String id, String url, String title, String date, String language, String text,
                         String publisher, String author) {
    public static final JsonFields DEFAULT =
            new JsonFields("id", "url", "title", "date", "language", "text", "publisher", "author");
    /** The keys {@link #with(String)} accepts. */
    public static final List<String> KEYS = List.of("id", "url", "title", "date", "language", "text", "publisher", "author");

    public JsonFields {
        for (String f : new String[] {id, url, title, date, language, text, publisher, author}) {
            Objects.requireNonNull(f, "field name");
        }
    }

    /** These fields with one renamed by a {@code key=name} mapping such as {@code text=body}. */
    public JsonFields with(String mapping) {
        int eq = mapping.indexOf('=');
        String key = eq < 0 ? "" : mapping.substring(0, eq).strip();
        String name = eq < 0 ? "" : mapping.substring(eq + 1).strip();
        if (name.isEmpty() || !KEYS.contains(key)) {
            throw new IllegalArgumentException("field mapping '" + mapping + "' must be KEY=NAME with KEY one of "
                    + String.join(", ", KEYS) + " (e.g. text=body)");
        }
        return new JsonFields(key.equals("id") ? name : id, key.equals("url") ? name : url,
                key.equals("title") ? name : title, key.equals("date") ? name : date,
                key.equals("language") ? name : language, key.equals("text") ? name : text,
                key.equals("publisher") ? name : publisher, key.equals("author") ? name : author);
    }

    /** These fields with every mapping applied in order. */
    public JsonFields with(List<String> mappings) {
        JsonFields f = this;
        for (String m : mappings) {
            f = f.with(m);
        }
        return f;
    }
}
