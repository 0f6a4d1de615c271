package org.newsgraph.queries;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.RDFNode;

/**
 * What one query of the library must return: at least {@code minRows} rows, and for each expected row a result
 * row binding every listed variable to that value (literals by lexical form; IRIs by full form or last segment;
 * a leading {@code ~} means "contains").
 */
record QueryExpectations(int minRows, List<Map<String, String>> rows) {
    static final Path FILE = Path.of("src/test/resources/queries/expected.json");

    /** Every query's expectations by file name, read from {@link #FILE}. */
    static Map<String, QueryExpectations> load() {
        try (Reader r = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            JsonObject all = JsonParser.parseReader(r).getAsJsonObject();
            Map<String, QueryExpectations> out = new TreeMap<>();
            for (Map.Entry<String, JsonElement> e : all.entrySet()) {
                if (e.getKey().startsWith("_")) {
                    continue;
                }
                JsonObject o = e.getValue().getAsJsonObject();
                List<Map<String, String>> rows = new ArrayList<>();
                for (JsonElement row : o.getAsJsonArray("rows")) {
                    Map<String, String> m = new LinkedHashMap<>();
                    row.getAsJsonObject().entrySet().forEach(v -> m.put(v.getKey(), v.getValue().getAsString()));
                    rows.add(m);
                }
                out.put(e.getKey(), new QueryExpectations(o.get("minRows").getAsInt(), rows));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected rows that no result row matches (empty when the results are as expected). */
    List<Map<String, String>> missing(List<Map<String, RDFNode>> results) {
        List<Map<String, String>> missing = new ArrayList<>();
        for (Map<String, String> want : rows) {
            if (results.stream().noneMatch(got -> matches(want, got))) {
                missing.add(want);
            }
        }
        return missing;
    }

    private static boolean matches(Map<String, String> want, Map<String, RDFNode> got) {
        for (Map.Entry<String, String> e : want.entrySet()) {
            RDFNode n = got.get(e.getKey());
            if (n == null || !valueMatches(e.getValue(), n)) {
                return false;
            }
        }
        return true;
    }

    static boolean valueMatches(String want, RDFNode n) {
        String text = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
        if (want.startsWith("~")) {
            return text.contains(want.substring(1));
        }
        if (text.equals(want)) {
            return true;
        }
        return n.isURIResource() && (text.endsWith("/" + want) || text.endsWith("#" + want));
    }
}
