package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;

class CliTest {
    @TempDir
    Path dir;

    /** Runs the CLI capturing stdout and stderr. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CliRun r = CliRun.run(args);
        return new Run(r.code(), r.out(), r.err());
    }

    @Test
    void everySubcommandHasHelpAndUsageErrorsExitTwo() {
        for (String cmd : new String[] {"ingest", "serve", "up", "extract", "query"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: newsgraph " + cmd), cmd + ": " + r.out());
        }
        assertEquals(2, run("ingest").code());
        assertEquals(2, run("query", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void ingestReportsBrokenFilesLoadsTheRestAndExitsOne() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "Belarus and Russia held a joint air defence exercise in May.");
        Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        Run r = run("ingest", "--store", dir.resolve("st").toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.txt: not valid UTF-8"), r.err());
        assertTrue(r.out().contains("articles: 1 (loaded 1, unchanged 0)"), r.out());
        assertTrue(r.out().contains("errors: 1"), r.out());
        Run q = run("query", "--store", dir.resolve("st").toString(), "--format", "csv", "--text",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ontology#NewsArticle> } }");
        assertEquals(0, q.code(), q.err());
        assertEquals("n\r\n1\r\n", q.out());
    }

    @Test
    void queryReportsParseErrorsAndMissingStores() {
        Run r = run("query", "--store", dir.resolve("st").toString(), "--text", "SELEC nonsense");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not parse"), r.err());
        Run m = run("query", "--store", dir.resolve("nowhere").toString(), "--text", "ASK {}");
        assertEquals(1, m.code());
        assertTrue(m.err().contains("no store at"), m.err());
    }

    @Test
    void extractPrintsParseableRdfInEveryFormat() {
        Path seed = TestStores.seeds().resolve("001_8ffcc6664766d8cb.txt");
        for (String[] f : new String[][] {{"trig", "TRIG"}, {"nquads", "NQUADS"}, {"jsonld", "JSONLD"}, {"turtle", "TURTLE"}}) {
            Run r = run("extract", seed.toString(), "--format", f[0]);
            assertEquals(0, r.code(), r.err());
            DatasetGraph d = DatasetGraphFactory.createGeneral();
            Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(f[1]);
            RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(d);
            long n = f[0].equals("turtle") ? d.getDefaultGraph().size() : d.getUnionGraph().size();
            assertTrue(n > 50, f[0] + " gave " + n + " triples");
        }
    }
}
