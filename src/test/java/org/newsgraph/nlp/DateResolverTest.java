package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;

class DateResolverTest {
    static final DateResolver R = DateResolver.load(OntologyFiles.locate());
    /** A Tuesday. */
    static final LocalDate PUB = LocalDate.parse("2024-03-05");

    static String en(String phrase) {
        return R.resolve(phrase, PUB, "en").orElse("none");
    }

    static String ru(String phrase) {
        return R.resolve(phrase, PUB, "ru").orElse("none");
    }

    static String tl(String phrase) {
        return R.resolve(phrase, PUB, "tl").orElse("none");
    }

    @Test
    void everyProjectLanguageHasDateWords() {
        assertEquals(Set.of("en", "ru", "tl"), R.languages());
    }

    @Test
    void englishAbsoluteDates() {
        assertEquals("2019-02-16", en("February 16, 2019"));
        assertEquals("2019-02-16", en("16 February 2019"));
        assertEquals("2019-02-16", en("on Feb. 16th, 2019"));
        assertEquals("2019-02", en("in February 2019"));
        assertEquals("2019", en("in 2019"));
    }

    @Test
    void englishDatesWithoutYearTakeTheNearestOccurrence() {
        assertEquals("2024-02-16", en("February 16"));
        assertEquals("2024-03-20", en("March 20"));
        assertEquals("2023-12-20", R.resolve("December 20", LocalDate.parse("2024-01-10"), "en").orElseThrow());
        assertEquals("2025-01-03", R.resolve("January 3", LocalDate.parse("2024-12-28"), "en").orElseThrow());
        assertEquals("2024-02", en("in February"));
    }

    @Test
    void englishRelativeMonthsAndYears() {
        assertEquals("2023-12", en("last December"));
        assertEquals("2023-03", en("last March"));
        assertEquals("2024-02", en("last February"));
        assertEquals("2025-03", en("next March"));
        assertEquals("2024-06", en("next June"));
        assertEquals("2024-12", en("this December"));
        assertEquals("2023-12", en("in December last year"));
        assertEquals("2023", en("last year"));
        assertEquals("2025", en("next year"));
        assertEquals("2024-02", en("last month"));
    }

    @Test
    void englishWeekdaysAndDeictics() {
        assertEquals("2024-03-04", en("on Monday"));
        assertEquals("2024-03-05", en("on Tuesday"));
        assertEquals("2024-02-27", en("last Tuesday"));
        assertEquals("2024-03-11", en("next Monday"));
        assertEquals("2024-03-01", en("Friday"));
        assertEquals("2024-03-04", en("yesterday"));
        assertEquals("2024-03-06", en("tomorrow"));
    }

    @Test
    void withoutPublicationDateOnlyWhatThePhraseStates() {
        assertEquals(Optional.of("--02-16"), R.resolve("February 16", null, "en"));
        assertEquals(Optional.of("2019-02-16"), R.resolve("February 16, 2019", null, "en"));
        assertEquals(Optional.of("2019"), R.resolve("in 2019", null, "en"));
        assertEquals(Optional.of("--02-16"), R.resolve("16 февраля", null, "ru"));
        assertEquals(Optional.of("--02-16"), R.resolve("noong Pebrero 16", null, "tl"));
        assertEquals(Optional.empty(), R.resolve("last December", null, "en"));
        assertEquals(Optional.empty(), R.resolve("on Monday", null, "en"));
        assertEquals(Optional.empty(), R.resolve("in February", null, "en"));
    }

    @Test
    void russian() {
        assertEquals("2024-02-16", ru("16 февраля"));
        assertEquals("2019-02-16", ru("16 февраля 2019 года"));
        assertEquals("2019-02-16", ru("16-го февраля 2019 г."));
        assertEquals("2024-02", ru("в феврале"));
        assertEquals("2023-12", ru("в прошлом декабре"));
        assertEquals("2023-12", ru("в декабре прошлого года"));
        assertEquals("2025-06", ru("в июне следующего года"));
        assertEquals("2024-03-04", ru("в понедельник"));
        assertEquals("2024-03-01", ru("в пятницу"));
        assertEquals("2024-02-28", ru("в прошлую среду"));
        assertEquals("2019", ru("в 2019 году"));
        assertEquals("2023", ru("в прошлом году"));
        assertEquals("2024", ru("в этом году"));
        assertEquals("2024-03-04", ru("вчера"));
        assertEquals("2024-02", ru("в прошлом месяце"));
        assertEquals("2024-03-05", ru("5 марта"));
        assertEquals("2023-12-31", ru("31 декабря прошлого года"));
    }

    @Test
    void tagalog() {
        assertEquals("2024-02-16", tl("noong Pebrero 16"));
        assertEquals("2024-02-16", tl("noong ika-16 ng Pebrero"));
        assertEquals("2019-02-16", tl("noong Pebrero 16, 2019"));
        assertEquals("2023-12", tl("noong nakaraang Disyembre"));
        assertEquals("2023-12", tl("noong Disyembre ng nakaraang taon"));
        assertEquals("2024-03-04", tl("noong Lunes"));
        assertEquals("2024-02-27", tl("noong nakaraang Martes"));
        assertEquals("2024-03-11", tl("sa Lunes"));
        assertEquals("2024-03-08", tl("sa Biyernes"));
        assertEquals("2024-03-11", tl("sa susunod na Lunes"));
        assertEquals("2019", tl("noong 2019"));
        assertEquals("2023", tl("noong nakaraang taon"));
        assertEquals("2025", tl("sa susunod na taon"));
        assertEquals("2024-03-04", tl("kahapon"));
        assertEquals("2024-06", tl("sa Hunyo"));
        assertEquals("2023-06", tl("noong Hunyo"));
    }

    @Test
    void pastAndFutureMarkersPickTheSide() {
        LocalDate pub = LocalDate.parse("2024-03-05");
        assertEquals("2023-03-20", R.resolve("noong Marso 20", pub, "tl").orElseThrow());
        assertEquals("2024-03-20", R.resolve("sa Marso 20", pub, "tl").orElseThrow());
        assertEquals("2024-03-20", R.resolve("March 20", pub, "en").orElseThrow());
    }

    @Test
    void nonsenseAndContradictionsResolveToNothing() {
        assertEquals("none", en("sometime soon"));
        assertEquals("none", en("February March"));
        assertEquals("none", en("February 30, 2023"));
        assertEquals("none", en("16"));
        assertEquals("none", en("the 45th"));
        assertEquals("none", en(""));
        assertEquals(Optional.empty(), R.resolve("February 16", PUB, "de"));
        assertEquals("2024-02-29", R.resolve("February 29", LocalDate.parse("2024-03-05"), "en").orElseThrow());
        assertEquals(Optional.of("--02-29"), R.resolve("February 29", null, "en"));
    }

    @Test
    void resolvesAgainstAnArticlesPublicationDate() {
        var m = new org.newsgraph.article.ArticleMetadata(null, "2024-03-05", null, null, "ru");
        assertEquals("2023-12", R.resolve("в декабре прошлого года", m.publishedDate().orElse(null), m.language()).orElseThrow());
        assertEquals(Optional.empty(), new org.newsgraph.article.ArticleMetadata(null, "2024-03", null, null, null).publishedDate());
    }

    @Test
    void anOntologyFolderWithoutDateWordsResolvesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("newsgraph.ttl"), "");
        DateResolver empty = DateResolver.load(new OntologyFiles(dir));
        assertEquals(Optional.empty(), empty.resolve("February 16", PUB, "en"));
    }

    @Test
    void badDateWordFilesAreReportedWithTheKey(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("xx.properties");
        Files.writeString(f, "months=jan;feb\nweekdays=a;b;c;d;e;f;g\n");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> DateWords.read(f));
        assertTrue(e.getMessage().contains("'months' must list 12 groups"), e.getMessage());
    }
}
