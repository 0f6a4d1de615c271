package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.newsgraph.NewsGraphException;
import org.newsgraph.article.FailureCategory;
import org.newsgraph.store.Ingester;

/**
 * Writes {@code ingest --errors FILE}: a JSON object with the run's counts and one entry per failure
 * ({@code file}, {@code id} or null, {@code category}, {@code message}), plus the list of categories.
 *
 * <pre>
 * {"articles": 3, "loaded": 2, "unchanged": 0, "errors": 1,
 *  "failures": [{"file": "in/bad.txt", "id": null, "category": "encoding", "message": "in/bad.txt: not valid UTF-8 ..."}],
 *  "categories": ["empty", "too-large", ...]}
 * </pre>
 */
final class ErrorReport {
    private ErrorReport() {}

    static void write(Path file, Ingester.Result r) {
        JsonObject root = new JsonObject();
        root.put("articles", r.articles());
        root.put("loaded", r.loaded());
        root.put("unchanged", r.skipped());
        root.put("errors", r.failures().size());
        JsonArray failures = new JsonArray();
        for (Ingester.Failure f : r.failures()) {
            JsonObject o = new JsonObject();
            o.put("file", f.source());
            o.put("id", f.articleId() == null ? JsonNull.instance : new JsonString(f.articleId()));
            o.put("category", f.category().label());
            o.put("message", f.message());
            failures.add(o);
        }
        root.put("failures", failures);
        JsonArray categories = new JsonArray();
        for (FailureCategory c : FailureCategory.values()) {
            categories.add(c.label());
        }
        root.put("categories", categories);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                JSON.write(out, root);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot write the error report " + file + ": " + e.getMessage(), e);
        }
    }
}
