package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Isomorphism;
import org.newsgraph.OntologyFiles;
import org.newsgraph.TestStores;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.vocab.Iris;

/** A failure in the middle of writing an article's quads leaves the store exactly as it was. */
class AtomicWriteTest {
    /** Number of faults injected by the last run of this class (for RELIABILITY.md). */
    static final AtomicLong FAULTS = new AtomicLong();

    @TempDir
    Path dir;

    static final class InjectedFault extends RuntimeException {
        InjectedFault(long n) {
            super("injected fault after " + n + " quads");
        }
    }

    /** Passes {@code limit} quads on, then throws. */
    static StreamRDF failingAfter(StreamRDF sink, long limit) {
        return new StreamRDFWrapper(sink) {
            long n;

            @Override
            public void quad(Quad q) {
                if (n++ == limit) {
                    FAULTS.incrementAndGet();
                    throw new InjectedFault(limit);
                }
                super.quad(q);
            }
        };
    }

    private static Extraction extract(String id, String text) {
        return TestStores.pipeline().run(new Article(id, text, ArticleMetadata.EMPTY.withLanguage("en"), id + ".txt"));
    }

    private static long quadsOf(Extraction x) {
        AtomicLong n = new AtomicLong();
        ExtractionMapper.write(x, "p", null, new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override
            public void quad(Quad q) {
                n.incrementAndGet();
            }
        });
        return n.get();
    }

    private static DatasetGraph fullCopy(NewsGraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            DatasetGraph c = DatasetGraphFactory.createGeneral();
            s.dataset().find().forEachRemaining(c::add);
            return c;
        });
    }

    @Test
    void aFailureWhileWritingAnArticleRollsBackToTheOldVersion() {
        Pipeline p = TestStores.pipeline();
        Extraction a1 = extract("a", "Kazakhstan and Russia signed a defence cooperation plan on Monday.");
        Extraction b = extract("b", "Kazakhstan bought two radars from France, officials said on Tuesday.");
        Extraction a2 = extract("a", "Georgia received armoured vehicles from Turkey and France last year.");
        Extraction c = extract("c", "Armenia and India agreed on the delivery of artillery systems.");
        try (NewsGraphStore s = NewsGraphStore.open(dir.resolve("st"))) {
            s.loadReference(OntologyFiles.locate(), p.fingerprint());
            s.replace(a1, p.fingerprint());
            s.replace(b, p.fingerprint());
            DatasetGraph before = fullCopy(s);
            for (Extraction x : List.of(a2, c)) {
                long total = quadsOf(x);
                assertTrue(total > 20, "a real article: " + total + " quads");
                for (long limit : new long[] {0, 1, total / 3, total / 2, total - 1}) {
                    assertThrows(InjectedFault.class, () -> s.replace(x, p.fingerprint(), sink -> failingAfter(sink, limit)));
                    assertTrue(Isomorphism.isomorphic(before, fullCopy(s)), "store changed by a failed write of "
                            + x.text().article().id() + " after " + limit + " of " + total + " quads");
                }
            }
            assertFalse(StoreSnapshots.has(s.dataset(), NodeFactory.createURI(Iris.article("c"))));
            // and the store still takes writes: the new version goes in whole
            s.replace(a2, p.fingerprint());
            DatasetGraph expected = DatasetGraphFactory.createGeneral();
            ExtractionMapper.write(a2, p.fingerprint(), null, StreamRDFLib.dataset(expected));
            DatasetGraph stored = StoreSnapshots.copy(s);
            assertTrue(stored.getGraph(NodeFactory.createURI(Iris.article("a")))
                    .isIsomorphicWith(expected.getGraph(NodeFactory.createURI(Iris.article("a")))));
            assertEquals(List.of("a", "b"), s.articleIds());
        }
        System.out.printf("AtomicWriteTest: %d faults injected mid-write, store unchanged after each%n", FAULTS.get());
    }
}
