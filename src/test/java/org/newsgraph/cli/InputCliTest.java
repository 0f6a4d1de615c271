package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input formats and watching from the command line. */
class InputCliTest {
    @TempDir
    Path dir;

    static final String COUNT = "SELECT ?id ?publisher { GRAPH ?a { ?a <http://purl.org/dc/terms/identifier> ?id "
            + "OPTIONAL { ?a <http://purl.org/dc/terms/publisher> ?publisher } } } ORDER BY ?id";

    @Test
    void standardInputIsReadWithTheGivenFormatAndFieldNames() {
        String line = "{\"doc\": \"pl-1\", \"body\": \"Poland ordered tanks from South Korea on Tuesday.\", "
                + "\"site\": \"Baltic Defence Herald\"}\n";
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
            CliTest.Run r = CliTest.run("ingest", "--store", dir.resolve("st").toString(), "--format", "jsonl",
                    "--field", "id=doc", "--field", "text=body", "--field", "publisher=site", "-");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("articles: 1 (loaded 1"), r.out());
        } finally {
            System.setIn(old);
        }
        CliTest.Run q = CliTest.run("query", "--store", dir.resolve("st").toString(), "--format", "csv", "--text", COUNT);
        assertEquals("id,publisher\r\npl-1,Baltic Defence Herald\r\n", q.out());
    }

    @Test
    void badFieldMappingIsAUsageMessage() {
        CliTest.Run r = CliTest.run("ingest", "--store", dir.resolve("st").toString(), "--field", "body", "x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("must be KEY=NAME"), r.err());
        CliTest.Run f = CliTest.run("ingest", "--format", "pdf", "x");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("txt, html, jsonl, rss, atom, auto"), f.err());
    }

    @Test
    void watchAndServeWatchAreDocumented() {
        CliTest.Run w = CliTest.run("watch", "--help");
        assertEquals(0, w.code());
        assertTrue(w.out().contains("Usage: newsgraph watch"), w.out());
        assertTrue(CliTest.run("serve", "--help").out().contains("--watch=DIR"));
        assertTrue(CliTest.run("up", "--help").out().contains("--no-watch"));
        assertEquals(2, CliTest.run("watch").code());
    }

    @Test
    void extractReadsHtml() throws IOException {
        Path page = dir.resolve("page.html");
        Files.copy(Path.of("src/test/resources/article/page.html"), page);
        CliTest.Run r = CliTest.run("extract", page.toString(), "--format", "nquads");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"Caucasus Defence Wire\""), r.out());
        assertTrue(r.out().contains("<https://w3id.org/newsgraph/id/state/georgia>"), r.out());
    }
}
