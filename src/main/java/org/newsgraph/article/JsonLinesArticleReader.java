package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads JSON Lines as crawlers write them: one JSON object, one article, per line (blank lines skipped). Field
 * names come from {@link JsonFields}. The id is the record's id made safe, else {@code <file>-<hash of url>}, else
 * {@code <file>-<line>}. A line that does not parse or has no text is reported as {@code file:line} and the other
 * lines still load.
 */
public final class JsonLinesArticleReader extends DocumentReader {
    private final JsonFields fields;

    public JsonLinesArticleReader(long maxBytes, JsonFields fields) {
        super(maxBytes);
        this.fields = fields;
    }

    @Override
    public ReadResult parse(String content, String source, String baseId) {
        List<Article> articles = new ArrayList<>();
        List<InputException> failures = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            try {
                articles.add(article(line, where, baseId, i + 1));
            } catch (InputException e) {
                failures.add(e);
            } catch (IllegalArgumentException e) {
                failures.add(new InputException(where, e.getMessage()));
            }
        }
        if (articles.isEmpty() && failures.isEmpty()) {
            throw new InputException(source, "no JSON lines in the file");
        }
        return new ReadResult(articles, failures);
    }

    private Article article(String line, String where, String baseId, int lineNo) {
        JsonObject o;
        try {
            JsonValue v = JSON.parseAny(line);
            if (!v.isObject()) {
                throw new InputException(where, "expected a JSON object per line, got " + abbreviate(line));
            }
            o = v.getAsObject();
        } catch (JsonException e) {
            throw new InputException(where, "not valid JSON (" + e.getMessage() + "): " + abbreviate(line));
        }
        String text = string(o, fields.text(), where);
        if (text == null || text.isBlank()) {
            throw new InputException(where, "no text: field '" + fields.text() + "' is missing or empty"
                    + " (map another field with --field text=NAME)");
        }
        String rawId = string(o, fields.id(), where);
        String url = MetadataValues.url(string(o, fields.url(), where), where);
        String id = rawId != null && !rawId.isBlank() ? ArticleIds.safe(rawId)
                : url != null ? ArticleIds.item(baseId, url) : ArticleIds.item(baseId, lineNo);
        ArticleMetadata m = new ArticleMetadata(MetadataValues.text(string(o, fields.title(), where)),
                MetadataValues.date(string(o, fields.date(), where), where),
                MetadataValues.text(string(o, fields.publisher(), where)), url,
                MetadataValues.language(string(o, fields.language(), where), where),
                MetadataValues.text(string(o, fields.author(), where)));
        return new Article(id, text, m, where);
    }

    /** The value at a dotted path as text (numbers too), or null when absent or null. */
    private static String string(JsonObject o, String path, String where) {
        JsonValue v = o;
        for (String part : path.split("\\.")) {
            if (v == null || !v.isObject()) {
                return null;
            }
            v = v.getAsObject().get(part);
        }
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        throw new InputException(where, "field '" + path + "' should be a string, got " + abbreviate(v.toString()));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? "'" + one + "'" : "'" + one.substring(0, 57) + "...'";
    }
}
