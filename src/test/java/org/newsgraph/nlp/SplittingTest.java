package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplittingTest {
    private static List<String> sentences(SentenceSplitter s, String text) {
        return BlockSplitter.blocks(text).stream().flatMap(b -> s.split(text, b).stream()).map(x -> x.of(text)).toList();
    }

    @Test
    void ruleSplitterKeepsAbbreviationsAndInitialsTogether() {
        var s = new RuleSentenceSplitter(Set.of("ген", "г"));
        String text = "Ген. С. Шойгу прибыл в Минск в 2019 г. Переговоры заняли два часа. Итоги «обнадёживают»! Всё.";
        assertEquals(List.of("Ген. С. Шойгу прибыл в Минск в 2019 г. Переговоры заняли два часа.",
                "Итоги «обнадёживают»!", "Всё."), sentences(s, text));
    }

    @Test
    void ruleSplitterEndsAtClosingQuotes() {
        var s = new RuleSentenceSplitter(Set.of());
        String text = "Sinabi ni Kalihim Teodoro: \"Handa kami.\" Dumating ang mga radar noong Lunes.";
        assertEquals(List.of("Sinabi ni Kalihim Teodoro: \"Handa kami.\"", "Dumating ang mga radar noong Lunes."),
                sentences(s, text));
    }

    @Test
    void blocksSplitAtParagraphsAndCompleteLinesButNotWrappedText() {
        String text = "Headline Without Stop\n\nFirst line of a sentence that\ncontinues here. Next one.\nNew paragraph.";
        List<String> blocks = BlockSplitter.blocks(text).stream().map(b -> b.of(text)).toList();
        assertEquals(List.of("Headline Without Stop", "First line of a sentence that\ncontinues here. Next one.",
                "New paragraph."), blocks);
    }

    @Test
    void ruleTokenizerKeepsModelNamesWhole() {
        String text = "Поставки Су-30СМ и S-300PMU-2 (2 дивизиона).";
        List<String> tokens = new RuleTokenizer().tokenize(text, new Span(0, text.length())).stream()
                .map(x -> x.of(text)).toList();
        assertEquals(List.of("Поставки", "Су-30СМ", "и", "S-300PMU-2", "(", "2", "дивизиона", ")", "."), tokens);
    }

    @Test
    void russianInflectionsShareAKey() {
        KeyNormalizer k = new KeyNormalizer(List.of(new LanguageProfile("ru", "Russian", "rus",
                Character.UnicodeScript.CYRILLIC, null, null, null, "RUSSIAN", Set.of())));
        assertEquals(k.key("Россия"), k.key("России"));
        assertEquals(k.key("Россия"), k.key("Россией"));
        assertEquals(k.key("министр"), k.key("министра"));
        assertEquals("kazakstan", k.key("Kazakstan"));
        assertEquals("ete", KeyNormalizer.fold("Été"));
    }
}
