package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.article.InputException;

class TextAnalyzerTest {
    static TextAnalyzer nlp;

    @BeforeAll
    static void load() {
        nlp = new TextAnalyzer(OntologyFiles.locate().languageProfiles().stream().map(LanguageProfile::read).toList());
    }

    private static Article article(String text) {
        return new Article("t", text, null, "test");
    }

    @Test
    void detectsTheThreeLanguages() {
        assertEquals("en", nlp.analyze(article("The defence ministry confirmed on Monday that the first batch of "
                + "armoured personnel carriers had been delivered to the border guard units.")).language());
        assertEquals("ru", nlp.analyze(article("Министерство обороны в понедельник подтвердило, что первая партия "
                + "бронетранспортёров передана пограничным частям.")).language());
        assertEquals("tl", nlp.analyze(article("Kinumpirma ng kagawaran ng tanggulang pambansa noong Lunes na "
                + "naibigay na ang unang batch ng mga sasakyang pandigma sa mga yunit ng hukbo sa hangganan.")).language());
    }

    @Test
    void statedLanguageWinsAndUnknownOnesAreRefused() {
        Article a = new Article("t", "Short text.", new ArticleMetadata(null, null, null, null, "ru"), "f.txt");
        assertEquals("ru", nlp.analyze(a).language());
        Article b = new Article("t", "Short text.", new ArticleMetadata(null, null, null, null, "de"), "f.txt");
        InputException e = assertThrows(InputException.class, () -> nlp.analyze(b));
        assertTrue(e.getMessage().contains("language 'de' has no profile"), e.getMessage());
    }

    @Test
    void englishSentencesAndTokensCarryExactOffsets() {
        String text = "Kazakh Arms Deal\n\nDefence Minister Danial Akhmetov visited Moscow on February 16. "
                + "He said the S-300 systems would arrive \"soon\".";
        AnalyzedText t = nlp.analyze(article(text));
        List<String> sentences = t.sentences().stream().map(s -> s.span().of(text)).toList();
        assertEquals(List.of("Kazakh Arms Deal", "Defence Minister Danial Akhmetov visited Moscow on February 16.",
                "He said the S-300 systems would arrive \"soon\"."), sentences);
        for (Sentence s : t.sentences()) {
            for (Token tok : s.tokens()) {
                assertEquals(tok.span().of(text), tok.text());
            }
        }
        assertTrue(t.sentences().get(1).tokens().stream().anyMatch(x -> x.text().equals("Akhmetov")));
    }
}
