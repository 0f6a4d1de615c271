package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.ArticleFormat;
import org.newsgraph.article.JsonFields;
import org.newsgraph.article.MultiFormatReader;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.synth.SyntheticArticleGenerator;
import org.newsgraph.vocab.NG;

/**
 * Bulk loading and extraction threads are ways to go faster, not to store something else: the store must end as
 * one article at a time on one thread makes it (graph by graph, support counts, syndication links, duplicates
 * skipped, the full-text index), apart from the time of ingestion.
 */
class BulkLoadTest {
    @TempDir
    static Path tmp;
    static List<Path> files;

    @BeforeAll
    static void corpus() throws IOException {
        Path in = tmp.resolve("in");
        SyntheticArticleGenerator.load(OntologyFiles.locate(), List.of("en", "tl", "ru")).write(in.resolve("synth"), 18, 7);
        Files.writeString(in.resolve("original.txt"), DuplicatesTest.frontMatter("Steppe Defence Review", null)
                + DuplicatesTest.STORY + "Reporting by the Steppe Defence Review desk.");
        Files.writeString(in.resolve("wire-copy.txt"), DuplicatesTest.frontMatter("Caspian Wire", null)
                + DuplicatesTest.STORY.toUpperCase() + "Distributed by Caspian Wire.");
        Files.writeString(in.resolve("same-text.txt"), DuplicatesTest.frontMatter("Steppe Defence Review", null)
                + DuplicatesTest.STORY + "Reporting by the Steppe Defence Review desk.");
        files = ArticleFinder.find(List.of(in, TestStores.seeds()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"phased", "sequential"})
    void bulkLoadWithExtractionThreadsStoresWhatOneArticleAtATimeStores(String loader) {
        String before = System.setProperty("newsgraph.loader", loader);
        try (NewsGraphStore one = NewsGraphStore.open(tmp.resolve("one-" + loader));
             NewsGraphStore bulk = NewsGraphStore.open(tmp.resolve("bulk-" + loader))) {
            Ingester.Result a = ingester(one, Ingester.Options.SEQUENTIAL).ingest(files, (d, t, c) -> { });
            Ingester.Result b = ingester(bulk, new Ingester.Options(1, 2, Ingester.Bulk.ON))
                    .ingest(files, (d, t, c) -> { });
            assertEquals(List.of(), b.failures());
            assertEquals(a.loaded(), b.loaded());
            assertEquals(1, b.skipped(), "the same text under another id is skipped in a bulk load too");
            assertEquals(a.triples(), b.triples());
            assertSameGraphs(one, bulk);
            assertEquals(SearchIndexTest.search(one, "ng:text", "surveillance radars", null),
                    SearchIndexTest.search(bulk, "ng:text", "surveillance radars", null));
            assertTrue(SearchIndexTest.search(bulk, "ng:text", "surveillance radars", null).size() >= 2,
                    "the full-text index follows a bulk load");

            Ingester.Result again = ingester(bulk, new Ingester.Options(1, 2, Ingester.Bulk.AUTO))
                    .ingest(files, (d, t, c) -> { });
            assertEquals(0, again.loaded(), "after a bulk load the articles are current");
        } finally {
            if (before == null) {
                System.clearProperty("newsgraph.loader");
            } else {
                System.setProperty("newsgraph.loader", before);
            }
        }
    }

    @Test
    void extractionThreadsAndBatchesStoreWhatOneThreadStores() {
        try (NewsGraphStore one = NewsGraphStore.open(tmp.resolve("seq"));
             NewsGraphStore threads = NewsGraphStore.open(tmp.resolve("threads"))) {
            ingester(one, Ingester.Options.SEQUENTIAL).ingest(files, (d, t, c) -> { });
            Ingester.Result r = ingester(threads, new Ingester.Options(4, 3, Ingester.Bulk.OFF))
                    .ingest(files, (d, t, c) -> { });
            assertEquals(1, r.skipped(), "a duplicate in the same unstored batch is still found");
            assertSameGraphs(one, threads);
        }
    }

    @Test
    void aBulkLoadNeedsAStoreWithoutArticles() {
        try (NewsGraphStore s = NewsGraphStore.open(tmp.resolve("full"))) {
            ingester(s, Ingester.Options.SEQUENTIAL).ingest(files.subList(0, 2), (d, t, c) -> { });
            assertFalse(s.hasNoArticles());
            List<String> before = s.articleIds();
            NewsGraphException e = assertThrows(NewsGraphException.class,
                    () -> ingester(s, new Ingester.Options(1, 1, Ingester.Bulk.ON)).ingest(files, (d, t, c) -> { }));
            assertTrue(e.getMessage().contains("already holds articles"), e.getMessage());
            assertEquals(before, s.articleIds(), "the refused load changed nothing");
        }
    }

    @Test
    void aStoreWhoseBulkLoadDidNotFinishIsRefusedWithWhatToDo() {
        Path dir = tmp.resolve("interrupted");
        Extraction x = TestStores.pipeline().run(new TextArticleReader(1 << 20).read(files.get(0)).get(0));
        try (NewsGraphStore s = NewsGraphStore.open(dir)) {
            try (BulkLoad load = s.bulkLoad(TestStores.pipeline().fingerprint())) {
                load.add(x); // then a failure: the load is abandoned without finish()
            }
        }
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> NewsGraphStore.open(dir));
        assertTrue(e.getMessage().contains("did not finish") && e.getMessage().contains("delete the folder"),
                e.getMessage());
    }

    private static Ingester ingester(NewsGraphStore s, Ingester.Options options) {
        return new Ingester(TestStores.pipeline(), s, new MultiFormatReader(ArticleFormat.auto, 5 << 20,
                JsonFields.DEFAULT), OntologyFiles.locate(), options);
    }

    /** Graph by graph isomorphic, leaving out {@code ng:ingestedAt} (the time of loading). */
    static void assertSameGraphs(NewsGraphStore a, NewsGraphStore b) {
        Txn.executeRead(a.dataset(), () -> Txn.executeRead(b.dataset(), () -> {
            Set<Node> names = new HashSet<>();
            a.dataset().listGraphNodes().forEachRemaining(names::add);
            Set<Node> other = new HashSet<>();
            b.dataset().listGraphNodes().forEachRemaining(other::add);
            assertEquals(names, other);
            for (Node n : names) {
                assertTrue(withoutIngestTime(a.dataset().getGraph(n)).isIsomorphicWith(
                        withoutIngestTime(b.dataset().getGraph(n))), "graph " + n + " differs");
            }
        }));
    }

    private static Graph withoutIngestTime(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(NG.ingestedAt)) {
                out.add(t);
            }
        });
        return out;
    }
}
