package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Fuzzes every article reader (and so the decoder): whatever the bytes, a reader returns well-formed articles or throws
 * {@link InputException} naming the file; nothing else escapes. Under {@code mvn test} the seed corpus in
 * {@code src/test/resources/org/newsgraph/article/ArticleReaderFuzzTestInputs/} is replayed; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates it for {@code maxDuration}.
 */
class ArticleReaderFuzzTest {
    /** Every article reader, by the file extension it is given. A new reader is one more line here. */
    static final Map<String, LongFunction<ArticleReader>> READERS = new TreeMap<>(Map.of(
            "txt", TextArticleReader::new));

    private static final long MAX_BYTES = 64 * 1024;
    private static Path folder;

    private static synchronized Path file(String extension) throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("newsgraph-fuzz");
            folder.toFile().deleteOnExit();
        }
        return folder.resolve("fuzz-input." + extension);
    }

    @FuzzTest(maxDuration = "30s")
    void readersReturnArticlesOrThrowInputException(FuzzedDataProvider data) throws IOException {
        List<String> extensions = List.copyOf(READERS.keySet());
        String extension = extensions.get(data.consumeInt(0, extensions.size() - 1));
        Path f = file(extension);
        Files.write(f, data.consumeRemainingAsBytes());
        ArticleReader reader = READERS.get(extension).apply(MAX_BYTES);
        try {
            for (Article a : reader.read(f)) {
                assertFalse(a.text().isBlank(), "a reader never returns an article without text");
                assertNotNull(a.metadata());
            }
        } catch (InputException e) {
            assertTrue(e.getMessage().contains(f.toString()), "the message names the file: " + e.getMessage());
            assertNotNull(e.category());
        }
    }
}
