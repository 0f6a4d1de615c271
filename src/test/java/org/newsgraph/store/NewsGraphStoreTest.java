package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestStores;
import org.newsgraph.vocab.Iris;

class NewsGraphStoreTest {
    @TempDir
    Path dir;

    private static DatasetGraph copy(NewsGraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            DatasetGraph c = DatasetGraphFactory.createGeneral();
            s.dataset().find().forEachRemaining(q -> {
                if (!q.getPredicate().getURI().endsWith("#ingestedAt")) {
                    c.add(q);
                }
            });
            return c;
        });
    }

    private static long supportOf(NewsGraphStore s, String entityIri) {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?n { GRAPH <" + Iris.SUPPORT_GRAPH
                + "> { ?f ng:supportCount ?n } FILTER(?f = <" + Iris.fact("mention|entity=" + entityIri) + ">) }";
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, org.apache.jena.query.DatasetFactory.wrap(s.dataset()))) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0L;
            }
        });
    }

    @Test
    void ingestingTwiceGivesAnIsomorphicStoreAndSkipsUnchangedArticles() {
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            Ingester.Result first = TestStores.ingest(s, List.of(TestStores.seeds()));
            assertEquals(2, first.loaded());
            DatasetGraph before = copy(s);
            Ingester.Result second = TestStores.ingest(s, List.of(TestStores.seeds()));
            assertEquals(0, second.loaded());
            assertEquals(2, second.skipped());
            assertTrue(org.newsgraph.Isomorphism.isomorphic(before, copy(s)));
        }
    }

    @Test
    void supportCountsFollowArticlesInAndOut() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Kazakhstan and Russia signed a defence cooperation plan on Monday.");
        Files.writeString(in.resolve("b.txt"), "Kazakhstan bought two radars from France, officials said on Tuesday.");
        String kz = Iris.entity("state", "Kazakhstan");
        String ru = Iris.entity("state", "Russia");
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            TestStores.ingest(s, List.of(in));
            assertEquals(2, supportOf(s, kz));
            assertEquals(1, supportOf(s, ru));
            assertTrue(s.remove("a"));
            assertFalse(s.remove("a"));
            assertEquals(1, supportOf(s, kz));
            assertEquals(0, supportOf(s, ru));
            assertEquals(List.of("b"), s.articleIds());
            assertFalse(Txn.calculateRead(s.dataset(),
                    () -> s.dataset().find(NodeFactory.createURI(Iris.article("a")), null, null, null).hasNext()));
        }
    }

    @Test
    void aChangedArticleReplacesItsGraph() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path f = in.resolve("c.txt");
        Files.writeString(f, "Ukraine delivered radars to Kazakhstan last year.");
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            TestStores.ingest(s, List.of(in));
            Files.writeString(f, "Georgia received radars from France last year.");
            Ingester.Result r = TestStores.ingest(s, List.of(in));
            assertEquals(1, r.loaded());
            assertEquals(0, supportOf(s, Iris.entity("state", "Ukraine")));
            assertEquals(1, supportOf(s, Iris.entity("state", "Georgia")));
        }
    }
}
