package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.ArticleFinder;
import org.newsgraph.article.TextArticleReader;
import org.newsgraph.synth.SyntheticArticleGenerator;
import org.newsgraph.vocab.Iris;

class IngesterBatchTest {
    @Test
    void batchedIngestStoresTheSameArticlesAndSupportCountsAsOneTransactionEach(@TempDir Path tmp) {
        Path corpus = tmp.resolve("corpus");
        SyntheticArticleGenerator.load(OntologyFiles.locate(), List.of("en", "tl", "ru")).write(corpus, 14, 3);
        List<Path> files = ArticleFinder.find(List.of(corpus, TestStores.seeds()));
        try (NewsGraphStore one = NewsGraphStore.open(tmp.resolve("one"));
             NewsGraphStore batched = NewsGraphStore.open(tmp.resolve("batched"))) {
            Ingester.Result a = ingester(one, 1).ingest(files, (d, t, c) -> { });
            Ingester.Result b = ingester(batched, 5).ingest(files, (d, t, c) -> { });
            assertEquals(a.loaded(), b.loaded());
            assertEquals(a.triples(), b.triples());
            assertEquals(16, b.loaded());
            assertEquals(one.articleIds(), batched.articleIds());
            Node support = NodeFactory.createURI(Iris.SUPPORT_GRAPH);
            Txn.executeRead(one.dataset(), () -> Txn.executeRead(batched.dataset(), () -> assertTrue(
                    one.dataset().getGraph(support).isIsomorphicWith(batched.dataset().getGraph(support)))));
            Ingester.Result again = ingester(batched, 5).ingest(files, (d, t, c) -> { });
            assertEquals(16, again.skipped(), "a second batched run finds every article current");
        }
    }

    @Test
    void aBatchBelowOneIsRefused(@TempDir Path tmp) {
        try (NewsGraphStore s = NewsGraphStore.open(tmp)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ingester(s, 0));
            assertTrue(e.getMessage().contains("got 0"), e.getMessage());
        }
    }

    private static Ingester ingester(NewsGraphStore s, int batch) {
        return new Ingester(TestStores.pipeline(), s, new TextArticleReader(1 << 20), OntologyFiles.locate(), batch);
    }
}
