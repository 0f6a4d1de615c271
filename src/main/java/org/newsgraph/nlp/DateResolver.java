package org.newsgraph.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
    private enum Shift { LAST, NEXT, THIS }

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
        Parts p = parse(tokens(phrase), w);
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

    private static Parts parse(List<String> toks, DateWords w) {
        Parts p = new Parts();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            Shift shift = w.last().contains(t) ? Shift.LAST : w.next().contains(t) ? Shift.NEXT
                    : w.current().contains(t) ? Shift.THIS : null;
            if (t.matches("\\d+")) {
                int n = Integer.parseInt(t);
                if (t.length() == 4 && n >= 1000 && p.year == null) {
                    p.year = n;
                } else if (t.length() <= 2 && n >= 1 && n <= 31 && p.day == null) {
                    p.day = n;
                } else {
                    return null;
                }
            } else if (shift != null) {
                int j = i + 1;
                while (j < toks.size() && w.fillers().contains(toks.get(j))) {
                    j++;
                }
                String unit = j < toks.size() ? toks.get(j) : "";
                if (w.year().contains(unit)) {
                    p.yearShift = shift;
                    i = j;
                } else if (w.month().contains(unit)) {
                    p.monthShift = shift;
                    i = j;
                } else {
                    p.itemShift = shift;
                }
            } else if (w.months().containsKey(t) && p.month == null) {
                p.month = w.months().get(t);
            } else if (w.weekdays().containsKey(t) && p.weekday == null) {
                p.weekday = DayOfWeek.of(w.weekdays().get(t));
            } else if (w.yesterday().contains(t) || w.today().contains(t) || w.tomorrow().contains(t)) {
                p.deictic = w.yesterday().contains(t) ? -1 : w.today().contains(t) ? 0 : 1;
            } else if (w.pastMarkers().contains(t)) {
                p.tense = -1;
            } else if (w.futureMarkers().contains(t)) {
                p.tense = 1;
            } else if (!w.fillers().contains(t) && !w.year().contains(t) && !w.month().contains(t)) {
                return null;
            }
        }
        return p;
    }

    /** What a phrase states. */
    private static final class Parts {
        Integer year, month, day, deictic;
        DayOfWeek weekday;
        Shift yearShift, monthShift, itemShift;
        int tense;

        String resolve(LocalDate pub) {
            if (deictic != null) {
                return pub == null ? null : pub.plusDays(deictic).toString();
            }
            if (month != null) {
                return monthDate(pub);
            }
            if (weekday != null && day == null) {
                return pub == null ? null : weekdayDate(pub).toString();
            }
            if (day != null) {
                return null;
            }
            if (monthShift != null) {
                return pub == null ? null : YearMonth.from(pub).plusMonths(delta(monthShift)).toString();
            }
            if (year != null) {
                return String.format("%04d", year);
            }
            if (yearShift != null) {
                return pub == null ? null : String.format("%04d", pub.getYear() + delta(yearShift));
            }
            return null;
        }

        private String monthDate(LocalDate pub) {
            Integer y = year;
            if (y == null && (yearShift != null || itemShift != null) && pub == null) {
                return null;
            }
            if (y == null && yearShift != null) {
                y = pub.getYear() + delta(yearShift);
            } else if (y == null && itemShift != null) {
                int m = pub.getMonthValue();
                y = switch (itemShift) {
                    case LAST -> month < m ? pub.getYear() : pub.getYear() - 1;
                    case NEXT -> month > m ? pub.getYear() : pub.getYear() + 1;
                    case THIS -> pub.getYear();
                };
            } else if (y == null && pub != null) {
                y = nearestYear(pub);
            }
            try {
                if (day == null) {
                    return y == null ? null : YearMonth.of(y, month).toString();
                }
                return y == null ? MonthDay.of(month, day).toString() : LocalDate.of(y, month, day).toString();
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** Of the publication year and its neighbours, the one putting the date nearest (or on the marked side). */
        private Integer nearestYear(LocalDate pub) {
            Integer best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
                LocalDate d;
                try {
                    d = day == null ? YearMonth.of(y, month).atDay(1) : LocalDate.of(y, month, day);
                } catch (DateTimeException e) {
                    continue;
                }
                LocalDate ref = day == null ? pub.withDayOfMonth(1) : pub;
                long dist = ChronoUnit.DAYS.between(ref, d);
                if (tense < 0 && dist > 0 || tense > 0 && dist < 0) {
                    continue;
                }
                if (Math.abs(dist) < bestDistance) {
                    best = y;
                    bestDistance = Math.abs(dist);
                }
            }
            return best;
        }

        private LocalDate weekdayDate(LocalDate pub) {
            if (itemShift == Shift.LAST) {
                return pub.with(TemporalAdjusters.previous(weekday));
            }
            if (itemShift == Shift.NEXT) {
                return pub.with(TemporalAdjusters.next(weekday));
            }
            return tense > 0 ? pub.with(TemporalAdjusters.nextOrSame(weekday))
                    : pub.with(TemporalAdjusters.previousOrSame(weekday));
        }

        private static int delta(Shift s) {
            return s == Shift.LAST ? -1 : s == Shift.NEXT ? 1 : 0;
        }
    }
}
