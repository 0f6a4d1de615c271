package org.newsgraph.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Pipeline;

class SyntheticArticleGeneratorTest {
    private static final SyntheticArticleGenerator GEN =
            SyntheticArticleGenerator.load(OntologyFiles.locate(), List.of("en", "tl", "ru"));

    @Test
    void sameSeedSameFilesAndEveryFileIsLabelledSynthetic(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        GEN.write(a, 30, 5);
        GEN.write(b, 30, 5);
        GEN.write(c, 30, 6);
        List<Path> files = ArticleFinder.find(List.of(a));
        assertEquals(30, files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            assertTrue(text.startsWith(SyntheticArticleGenerator.HEADER + "\n"), f.toString());
            assertEquals(text, Files.readString(b.resolve(a.relativize(f))));
        }
        assertNotEquals(Files.readString(files.get(0)), Files.readString(c.resolve(a.relativize(files.get(0)))));
    }

    @Test
    void largeCorporaAreSpreadOverFoldersOfAtMostAThousandFiles() {
        Path out = Path.of("out");
        assertEquals(out.resolve("en/000/synth-en-0000999.txt"), SyntheticArticleGenerator.fileOf(out, "en", 999));
        assertEquals(out.resolve("ru/099/synth-ru-0099999.txt"), SyntheticArticleGenerator.fileOf(out, "ru", 99_999));
    }

    @Test
    void thePipelineFindsRelationsInEveryLanguage(@TempDir Path dir) {
        GEN.write(dir, 30, 11);
        Pipeline p = TestStores.pipeline();
        TextArticleReader reader = new TextArticleReader(1 << 20);
        for (String lang : List.of("en", "tl", "ru")) {
            long n = ArticleFinder.find(List.of(dir.resolve(lang))).stream()
                    .flatMap(f -> reader.read(f).stream())
                    .map(p::run)
                    .peek(x -> assertEquals(lang, x.text().language(), x.text().article().source()))
                    .mapToLong(x -> x.facts().stream().filter(f -> f.kind() != FactKind.MENTION).count()).sum();
            assertTrue(n >= 10, lang + ": only " + n + " relation facts in 10 articles");
        }
    }

    @Test
    void aLanguageWithoutTemplatesIsRefusedWithTheAllowedOnes() {
        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> SyntheticArticleGenerator.load(OntologyFiles.locate(), List.of("de")));
        assertTrue(e.getMessage().contains("'de'") && e.getMessage().contains("en, tl, ru"), e.getMessage());
    }
}
