package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void idIsFileNameWithoutExtensionAndTitleIsHeadline() throws IOException {
        Path f = dir.resolve("2024-03-kz-air-defence.txt");
        Files.writeString(f, "Astana Orders New Radars\n\nThe ministry signed a contract on Tuesday.");
        Article a = new TextArticleReader(1000).read(f).get(0);
        assertEquals("2024-03-kz-air-defence", a.id());
        assertEquals("Astana Orders New Radars", a.metadata().title());
        assertEquals(Files.readString(f), a.text());
    }

    @Test
    void noTitleWhenFirstLineIsASentence() throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "The ministry signed a contract on Tuesday.\nMore follows.");
        assertNull(new TextArticleReader(1000).read(f).get(0).metadata().title());
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws IOException {
        Path f = dir.resolve("big.txt");
        Files.writeString(f, "a".repeat(101));
        InputException e = assertThrows(InputException.class, () -> new TextArticleReader(100).read(f));
        assertTrue(e.getMessage().contains("over the limit of 100 bytes"), e.getMessage());
    }

    @Test
    void finderWalksFoldersInStableOrderAndSkipsOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("1.txt"), "x");
        Files.writeString(dir.resolve("notes.pdf"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        List<Path> found = ArticleFinder.find(List.of(dir));
        assertEquals(List.of(dir.resolve("1.txt"), dir.resolve("b/2.txt")), found);
        assertThrows(InputException.class, () -> ArticleFinder.find(List.of(dir.resolve("missing"))));
    }
}
