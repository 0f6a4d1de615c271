package org.newsgraph.eval;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.NewsGraphException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;

/**
 * Writes an article's extracted facts as {@code DIR/<article id>.jsonl} in the gold format (see
 * {@link GoldMapper}), one line per fact as scoring counts them (duplicates once, with the evidence and rule of
 * the first), mentions first then the kinds in the guidelines' order, so that a person can diff it with the gold
 * file; {@link GoldReader} reads it back.
 */
public final class DumpWriter {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private DumpWriter() {}

    public static Path write(Path dir, String articleId, Extraction x) {
        Path file = dir.resolve(articleId + ".jsonl");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text(articleId, x), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException("cannot write the dump " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The dump text: a comment line, then one JSON object per fact. */
    public static String text(String articleId, Extraction x) {
        Map<String, Fact> unique = new LinkedHashMap<>();
        x.facts().stream().sorted(Comparator.comparing(Fact::kind))
                .forEach(f -> unique.putIfAbsent(GoldMapper.key(f), f));
        StringBuilder sb = new StringBuilder();
        sb.append("// ").append(articleId).append(" [").append(x.text().language()).append("]: ")
                .append(unique.size()).append(" facts extracted by newsgraph\n");
        List<Fact> facts = List.copyOf(unique.values());
        for (Fact f : facts) {
            sb.append(GSON.toJson(GoldMapper.toDump(f))).append('\n');
        }
        return sb.toString();
    }
}
