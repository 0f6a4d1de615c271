package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.BeforeAll;
import org.newsgraph.NewsGraphException;
import org.newsgraph.TestStores;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.article.InputException;
import org.newsgraph.rdf.ExtractionMapper;

/**
 * Fuzzes extraction (NLP, rules, mapping to RDF) on arbitrary text, with a stated language and with detection:
 * the only errors allowed out are {@link InputException} (e.g. an unknown language) and other
 * {@link NewsGraphException}s; every fact's evidence lies inside the text. Seed corpus under
 * {@code src/test/resources/org/newsgraph/extract/PipelineFuzzTestInputs/}.
 */
class PipelineFuzzTest {
    private static final String[] LANGUAGES = {"en", "ru", "tl", null};
    private static final long HANG_MS = 20_000;

    @BeforeAll
    static void loadPipeline() {
        TestStores.pipeline();
    }

    @FuzzTest(maxDuration = "30s")
    void extractionReturnsFactsOrThrowsDocumentedErrors(FuzzedDataProvider data) {
        String language = LANGUAGES[data.consumeInt(0, LANGUAGES.length - 1)];
        String text = data.consumeRemainingAsString();
        if (text.isBlank()) {
            return; // readers refuse blank articles before extraction
        }
        Article a = new Article("fuzz", text, ArticleMetadata.EMPTY.withLanguage(language), "fuzz.txt");
        Pipeline p = TestStores.pipeline();
        long t0 = System.nanoTime();
        try {
            Extraction x = p.run(a);
            for (Fact f : x.facts()) {
                assertTrue(f.evidence().span().end() <= text.length(), "evidence inside the text: " + f);
            }
            ExtractionMapper.write(x, p.fingerprint(), null, StreamRDFLib.sinkNull());
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("fuzz.txt: "), e.getMessage());
        } catch (NewsGraphException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
        // JUnit's @Timeout would bound the whole fuzzing run, not one input: a generous per-input bound instead
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < HANG_MS, "one input of " + text.length() + " characters took " + ms + " ms: a hang?");
    }
}
