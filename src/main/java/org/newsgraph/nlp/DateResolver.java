package org.newsgraph.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;

/**
 * Resolves date phrases of news text ("February 16", "last December", "on Monday", "in 2019", "16 февраля",
 * "в декабре прошлого года", "noong nakaraang Disyembre", "noong Lunes") to ISO 8601, against the article's
 * publication date when it is known. The words are data ({@link DateWords}); the rules are:
 * <ul>
 *   <li>an explicit year wins; "last/next/this year" shifts the publication year;</li>
 *   <li>"last December": the latest December before the publication month; "next March": the first one after;</li>
 *   <li>a month (and day) without a year: the occurrence nearest the publication date, or the latest on or before
 *       it after a past marker ("noong"), the first on or after it after a future marker ("sa");</li>
 *   <li>a weekday: the latest such day on or before the publication date (news reports the past), strictly before
 *       after "last", strictly after after "next", on or after after a future marker;</li>
 *   <li>without a publication date only what the phrase states: {@code 2019-02-16}, {@code 2019-02}, {@code 2019},
 *       or {@code --02-16} (xsd:gMonthDay) for a day and month.</li>
 * </ul>
 * A phrase with a word it does not know, or contradicting parts (two months), resolves to nothing.
 *
 * <pre>{@code
 * DateResolver r = DateResolver.load(OntologyFiles.locate());
 * r.resolve("last December", LocalDate.parse("2024-03-05"), "en");   // Optional[2023-12]
 * }</pre>
 */
public final class DateResolver {
    private final Map<String, DateWords> words;

    public DateResolver(Collection<DateWords> languages) {
        Map<String, DateWords> m = new HashMap<>();
        languages.forEach(w -> m.put(w.language(), w));
        this.words = Map.copyOf(m);
    }

    /** Reads {@code languages/dates/*.properties} of the ontology folder (none there: resolves nothing). */
    public static DateResolver load(OntologyFiles files) {
        Path dir = files.root().resolve("languages").resolve("dates");
        if (!Files.isDirectory(dir)) {
            return new DateResolver(List.of());
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new DateResolver(s.filter(p -> p.toString().endsWith(".properties")).sorted().map(DateWords::read).toList());
        } catch (java.io.IOException e) {
            throw new NewsGraphException("cannot list date words in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Set<String> languages() {
        return words.keySet();
    }

    /**
     * The ISO 8601 date the phrase means: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or {@code --MM-DD}.
     *
     * @param published the article's publication date, or null
     * @param lang      ISO 639-1 code of the phrase; a language without date words resolves nothing
     */
    public Optional<String> resolve(String phrase, LocalDate published, String lang) {
        DateWords w = words.get(lang);
        if (w == null || phrase == null) {
            return Optional.empty();
        }
        DatePhrase p = DatePhrase.parse(tokens(phrase), w);
        return p == null ? Optional.empty() : Optional.ofNullable(p.resolve(published));
    }

    static List<String> tokens(String phrase) {
        String s = DateWords.fold(phrase).replaceAll("(\\d+)(st|nd|rd|th)\\b", "$1");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
