package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Isomorphism;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.cli.Main;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.nlp.Span;
import org.newsgraph.vocab.Iris;

/** Removal retracts exactly an article's contribution; re-ingest of a changed article replaces exactly it. */
class RemovalTest {
    @TempDir
    Path dir;

    static final String A = "Analyst Ivan Petrenko and Olena Kovalenko said Kazakhstan and Russia signed a defence plan.";
    static final String B = "Olena Kovalenko said Kazakhstan bought two radars from France on Tuesday.";

    /** The real extraction plus mentions of people that are not reference entities (minted in the article graph). */
    private static Extraction withMinted(String id, String text, String... people) {
        Extraction x = TestStores.pipeline().run(new Article(id, text, ArticleMetadata.EMPTY.withLanguage("en"), id));
        List<Fact> facts = new ArrayList<>(x.facts());
        for (String name : people) {
            int at = text.indexOf(name);
            Entity e = new Entity(Iris.entity("person", name), EntityType.PERSON, name, null, false);
            facts.add(new Fact(FactKind.MENTION, Map.of(Arg.ENTITY, e),
                    new Evidence(0, new Span(at, at + name.length()), name, "mention.test", 0.8)));
        }
        return new Extraction(x.text(), facts);
    }

    private NewsGraphStore store(String name, Extraction... xs) {
        Pipeline p = TestStores.pipeline();
        NewsGraphStore s = NewsGraphStore.open(dir.resolve(name));
        s.loadReference(OntologyFiles.locate(), p.fingerprint());
        for (Extraction x : xs) {
            s.replace(x, p.fingerprint());
        }
        return s;
    }

    private static boolean mentionedAnywhere(DatasetGraph d, String iri) {
        Node n = NodeFactory.createURI(iri);
        return d.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext() || d.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext();
    }

    @Test
    void removingAnArticleLeavesWhatIngestingOnlyTheOthersGives() {
        Extraction a = withMinted("a", A, "Ivan Petrenko", "Olena Kovalenko");
        Extraction b = withMinted("b", B, "Olena Kovalenko");
        try (NewsGraphStore both = store("both", a, b); NewsGraphStore onlyB = store("onlyB", b)) {
            assertTrue(mentionedAnywhere(StoreSnapshots.copy(both), Iris.entity("person", "Ivan Petrenko")));
            assertTrue(both.remove("a"));
            DatasetGraph after = StoreSnapshots.copy(both);
            assertTrue(Isomorphism.isomorphic(StoreSnapshots.copy(onlyB), after));
            assertFalse(mentionedAnywhere(after, Iris.entity("person", "Ivan Petrenko")), "minted only by a: gone");
            assertTrue(mentionedAnywhere(after, Iris.entity("person", "Olena Kovalenko")), "b still mentions her");
            assertTrue(mentionedAnywhere(after, Iris.entity("state", "Russia")), "reference entities stay");
            assertFalse(both.remove("a"), "a second removal finds nothing");
            assertTrue(Isomorphism.isomorphic(after, StoreSnapshots.copy(both)));
        }
    }

    @Test
    void reingestingAChangedArticleReplacesExactlyItsContribution() {
        Extraction a1 = withMinted("a", A, "Ivan Petrenko");
        Extraction a2 = withMinted("a", "Georgia received armoured vehicles from Turkey, said Marta Wolska.", "Marta Wolska");
        Extraction b = withMinted("b", B, "Olena Kovalenko");
        try (NewsGraphStore changed = store("changed", a1, b, a2); NewsGraphStore clean = store("clean", a2, b)) {
            assertTrue(Isomorphism.isomorphic(StoreSnapshots.copy(clean), StoreSnapshots.copy(changed)));
        }
    }

    @Test
    void ingestingTheSameFilesTwiceChangesNothing() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        new CorpusGenerator(OntologyFiles.locate()).write(in, 11, 6, 1, 0);
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            TestStores.ingest(s, List.of(in));
            DatasetGraph once = Txn.calculateRead(s.dataset(), () -> copyAll(s.dataset()));
            Ingester.Result again = TestStores.ingest(s, List.of(in));
            assertEquals(6, again.skipped());
            // not even ng:ingestedAt moves: unchanged articles are not rewritten
            assertTrue(Isomorphism.isomorphic(once, Txn.calculateRead(s.dataset(), () -> copyAll(s.dataset()))));
        }
    }

    private static DatasetGraph copyAll(DatasetGraph d) {
        DatasetGraph c = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        d.find().forEachRemaining(c::add);
        return c;
    }

    @Test
    void theRemoveCommandRetractsByIdAndReportsUnknownIds() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), A);
        Files.writeString(in.resolve("b.txt"), B);
        Path st = dir.resolve("st");
        assertEquals(0, cli("ingest", "--store", st.toString(), in.toString())[0].length());
        String[] r = cli("remove", "--store", st.toString(), "a", "nosuch");
        assertTrue(r[1].contains("error: no article 'nosuch'"), r[1]);
        assertTrue(r[2].contains("removed: 1  not found: 1"), r[2]);
        assertEquals("1", r[0]);
        try (NewsGraphStore s = NewsGraphStore.open(st)) {
            assertEquals(List.of("b"), s.articleIds());
        }
        assertEquals("0", cli("remove", "--store", st.toString(), "b")[0]);
        assertTrue(cli("remove", "--help")[2].contains("Usage: newsgraph remove"));
    }

    /** Runs the CLI: exit code ("" for 0 when {@code ingest}), stderr, stdout. */
    private static String[] cli(String... args) {
        org.newsgraph.cli.CliRun r = org.newsgraph.cli.CliRun.run(args);
        String c = args[0].equals("ingest") && r.code() == 0 ? "" : Integer.toString(r.code());
        return new String[] {c, r.err(), r.out()};
    }
}
