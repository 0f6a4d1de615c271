package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.nlp.DateResolver;

/**
 * Finds the date of a visit in its sentence: the first few words after the trigger that the language's date words
 * resolve ("on February 16", "last December", "noong Lunes", "16 февраля"), against the article's publication
 * date when it is known.
 */
final class VisitDates {
    private static final int MAX_WORDS = 4;
    private final DateResolver resolver;

    VisitDates(DateResolver resolver) {
        this.resolver = resolver;
    }

    Optional<Literal> find(SentenceView v, int from, String lang, LocalDate published) {
        for (int a = from; a < v.pieces().size(); a++) {
            for (int b = Math.min(v.pieces().size(), a + MAX_WORDS); b > a; b--) {
                if (!v.free(a, b) || b - 1 > a && v.span(a, b).of(v.text()).matches(".*[,;.:].*")) {
                    continue;
                }
                Optional<String> d = resolver.resolve(v.span(a, b).of(v.text()), published, lang).filter(VisitDates::plausible);
                if (d.isPresent()) {
                    return Optional.of(new Literal(d.get(), Literal.XSD + datatype(d.get())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(String iso) {
        if (iso.startsWith("--")) {
            return iso.matches("--\\d{2}-\\d{2}");
        }
        if (!iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        int year = Integer.parseInt(iso.substring(0, 4));
        return year >= 1900 && year <= 2100;
    }

    private static String datatype(String iso) {
        if (iso.startsWith("--")) {
            return "gMonthDay";
        }
        return switch (iso.length()) {
            case 4 -> "gYear";
            case 7 -> "gYearMonth";
            default -> "date";
        };
    }
}
