package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.store.NewsGraphStore;
import org.newsgraph.store.StoreValidator;

/** {@code validate} passes on the seed store and fails, with readable messages, once a broken graph is added. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void seedStoreConformsThenABrokenGraphMakesValidateExitOne() {
        Path st = dir.resolve("store");
        try (NewsGraphStore store = NewsGraphStore.open(st)) {
            assertEquals(0, TestStores.ingest(store, List.of(TestStores.seeds())).failures().size());
            StoreValidator.Report r = StoreValidator.load(OntologyFiles.locate().shapes()).validate(store.dataset());
            assertTrue(r.conforms(), r.findings().toString());
            assertEquals(0, r.warnings(), r.findings().toString());
            assertTrue(r.triples() > 10_000, "reference data and ontology are validated too: " + r.triples());
        }
        CliTest.Run ok = CliTest.run("validate", "--store", st.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("conforms: 0 violations, 0 warnings"), ok.out());

        try (NewsGraphStore store = NewsGraphStore.open(st)) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(),
                    Path.of("src/test/resources/ontology/broken.trig").toUri().toString()));
        }
        CliTest.Run bad = CliTest.run("validate", "--store", st.toString());
        assertEquals(1, bad.code(), bad.out() + bad.err());
        String out = bad.out();
        assertTrue(out.startsWith("does NOT conform: 7 violations"), out);
        assertTrue(out.contains("Violation (1): The confidence (ng:confidence) must lie between 0 and 1 inclusive"), out);
        assertTrue(out.contains("statement:fixture-broken/confidence  path ng:confidence  value 1.5"
                + "  in graph article:fixture-broken"), out);
        assertTrue(out.contains("The end offset (157) must not exceed the length (96)"), out);
        assertTrue(out.contains("A statement must have exactly one source article (ng:sourceArticle)"), out);
        assertTrue(out.contains("person:ivan-fixture  path skos:prefLabel"), out);
    }

    @Test
    void helpDescribesTheExitCodes() {
        CliTest.Run r = CliTest.run("validate", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: newsgraph validate") && r.out().contains("Exit code 0"), r.out());
    }

    @Test
    void missingStoreIsAnError() {
        CliTest.Run r = CliTest.run("validate", "--store", dir.resolve("nowhere").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no store at"), r.err());
    }
}
