package org.newsgraph.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;

/**
 * The date words of one language, read from {@code ontology/languages/dates/<code>.properties}: month and weekday
 * names (all forms), words for last/next/this, year and month, yesterday/today/tomorrow, words marking past or
 * future, and filler words to skip. See the files for the format.
 */
public record DateWords(String language, Map<String, Integer> months, Map<String, Integer> weekdays,
                        Set<String> last, Set<String> next, Set<String> current, Set<String> year,
                        Set<String> month, Set<String> yesterday, Set<String> today, Set<String> tomorrow,
                        Set<String> pastMarkers, Set<String> futureMarkers, Set<String> fillers) {
    public DateWords {
        months = Map.copyOf(months);
        weekdays = Map.copyOf(weekdays);
    }

    /** Reads a file; the language code is the file name without extension. */
    public static DateWords read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read date words " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        return new DateWords(name.substring(0, name.lastIndexOf('.')), groups(p, "months", 12, file),
                groups(p, "weekdays", 7, file), words(p, "last"), words(p, "next"), words(p, "this"),
                words(p, "year"), words(p, "month"), words(p, "yesterday"), words(p, "today"), words(p, "tomorrow"),
                words(p, "past-markers"), words(p, "future-markers"), words(p, "fillers"));
    }

    /** Lower case, ё read as е: the form words are compared in. */
    static String fold(String w) {
        return w.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }

    private static Map<String, Integer> groups(Properties p, String key, int count, Path file) {
        String v = p.getProperty(key, "").strip();
        String[] groups = v.split(";", -1);
        if (v.isEmpty() || groups.length != count) {
            throw new NewsGraphException(file + ": '" + key + "' must list " + count + " groups separated by ';' "
                    + "(forms within a group separated by ','), found " + (v.isEmpty() ? 0 : groups.length));
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < count; i++) {
            for (String form : groups[i].split(",")) {
                if (!form.isBlank() && out.put(fold(form), i + 1) != null) {
                    throw new NewsGraphException(file + ": '" + key + "' lists '" + form.strip() + "' twice");
                }
            }
        }
        return out;
    }

    private static Set<String> words(Properties p, String key) {
        return Arrays.stream(p.getProperty(key, "").split(",")).map(DateWords::fold).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
