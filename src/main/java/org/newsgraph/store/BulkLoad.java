package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.NewsGraphException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.rdf.ExtractionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads many articles into a store that holds none yet, through a TDB2 bulk loader ({@link #loader}: the phased
 * loader of {@code tdb2.tdbloader --loader=phased}, or with a small heap the sequential one) instead of one write
 * transaction per article or batch: the article
 * graphs stream into the loader as they are extracted and the full-text index follows them; at {@link #finish()}
 * what spans articles (syndication links, support counts) is computed once over the loaded data
 * ({@link StoryCounts}) and loaded the same way. The store then holds exactly what ingesting the articles one by
 * one would have made, except that of several syndicated copies of a story the one with the smallest IRI is the
 * original (one at a time, the first one read is).
 *
 * <p>The loader holds the store exclusively until {@link #finish()}: no queries meanwhile. A bulk load is not
 * atomic per article: if it fails or is killed, the store folder must be deleted and the load run again (nothing
 * else was in it); {@link NewsGraphStore#bulkLoad} refuses a store that already holds articles.
 */
public final class BulkLoad implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private final NewsGraphStore store;
    private final DatasetGraph base;
    private final TextIndex index;
    private final String pipelineHash;
    private final LoaderThread loader;
    private final StreamRDF sink;
    private java.util.ArrayList<Quad> article = new java.util.ArrayList<>();
    private long quads;
    private boolean open = true;

    BulkLoad(NewsGraphStore store, DatasetGraph base, TextIndex index, String pipelineHash) {
        this.store = store;
        this.base = base;
        this.index = index;
        this.pipelineHash = pipelineHash;
        try {
            Files.writeString(unfinished(store.dir()), "a bulk load started at " + Instant.now()
                    + " and has not finished; the store is incomplete: delete this folder and ingest again\n");
        } catch (IOException e) {
            throw new NewsGraphException("cannot write to the store folder " + store.dir() + ": " + e.getMessage(), e);
        }
        this.loader = new LoaderThread(loader(base));
        this.sink = new Indexing(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                article.add(q);
            }
        }, index);
    }

    /** Heap below which the loader that buffers nothing between its stages is used. */
    static final long PHASED_MIN_HEAP = 3L << 30;

    /**
     * TDB2's phased loader (the one {@code tdb2.tdbloader --loader=phased} runs) when the heap is large; its stages
     * hand each other chunks of 100,000 quads through queues of 10, so a fast producer has up to ~1.1 million
     * quads in flight: with article texts and evidence that is 0.6-0.9 GB (heap histogram of a 100K-article load
     * with -Xmx1g, in GC most of its time). Under {@link #PHASED_MIN_HEAP} the sequential loader is used: one
     * thread, nothing buffered, about a third slower on this data. The system property {@code newsgraph.loader}
     * ({@code phased} or {@code sequential}) overrides the choice.
     */
    static DataLoader loader(DatasetGraph base) {
        String choice = System.getProperty("newsgraph.loader",
                Runtime.getRuntime().maxMemory() >= PHASED_MIN_HEAP ? "phased" : "sequential");
        LOG.info("bulk load with TDB2's {} loader (max heap {} MB)", choice, Runtime.getRuntime().maxMemory() >> 20);
        return switch (choice) {
            case "phased" -> LoaderFactory.phasedLoader(base, MonitorOutputs.nullOutput());
            case "sequential" -> LoaderFactory.sequentialLoader(base, MonitorOutputs.nullOutput());
            default -> throw new NewsGraphException("newsgraph.loader must be phased or sequential, got '" + choice + "'");
        };
    }

    /**
     * Streams one article's graph into the loader.
     *
     * @return the number of quads of the article's graph
     */
    public long add(Extraction x) {
        long before = quads;
        try {
            ExtractionMapper.write(x, pipelineHash, Instant.now(), sink);
            loader.put(article);
            article = new java.util.ArrayList<>(article.size());
        } catch (RuntimeException e) {
            throw failed("at article '" + x.text().article().id() + "'", e);
        }
        return quads - before;
    }

    /** Quads of article graphs streamed so far. */
    long quads() {
        return quads;
    }

    private Failed failed(String where, RuntimeException e) {
        return new Failed("bulk load failed " + where + " (" + e + "); the store in " + store.dir()
                + " is incomplete: delete that folder and run the ingest again", e);
    }

    /** The bulk load failed: the store is incomplete and must be deleted and loaded again. */
    public static final class Failed extends NewsGraphException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Ends the load: makes the loader build its indexes, then computes the syndication links and support counts
     * and loads them, and commits the full-text index.
     *
     * @return the number of quads in the article graphs: those loaded plus the syndication links
     */
    public long finish() {
        if (!open) {
            throw new IllegalStateException("bulk load already finished");
        }
        try {
            loader.finish();
        } catch (RuntimeException e) {
            throw failed("while building the indexes", e);
        }
        open = false;
        long t0 = System.nanoTime();
        Path derived = store.dir().resolve("bulk-derived.tmp.nq");
        try {
            StoryCounts.Written n;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(derived), 1 << 16)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                w.start();
                n = Txn.calculateRead(base, () -> StoryCounts.write(base, w));
                w.finish();
            }
            long t1 = System.nanoTime();
            // few quads next to the articles': one ordinary write transaction beats starting a loader again
            Txn.executeWrite(base, () -> org.apache.jena.riot.RDFDataMgr.read(base, derived.toString()));
            LOG.info("bulk load: {} syndication links and {} support quads computed in {} ms, loaded in {} ms",
                    n.links(), n.support(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            quads += n.links();
        } catch (IOException e) {
            throw failed("writing the support counts to " + derived, new java.io.UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw failed("computing the support counts", e);
        } finally {
            try {
                Files.deleteIfExists(derived);
            } catch (IOException e) {
                LOG.warn("cannot delete {}: {}", derived, e.getMessage());
            }
        }
        index.prepareCommit();
        index.commit();
        try {
            Files.delete(unfinished(store.dir()));
        } catch (IOException e) {
            throw failed("removing its marker", new java.io.UncheckedIOException(e));
        }
        return quads;
    }

    /**
     * The marker file of a bulk load under way or interrupted: it stays when a load fails or is killed, and
     * {@link NewsGraphStore#open} then refuses the store, which is incomplete.
     */
    static Path unfinished(Path storeDir) {
        return storeDir.resolve("bulk-load.unfinished");
    }

    /**
     * Abandons an unfinished load (after a failure): the store must then be deleted and loaded again; its marker
     * ({@link #unfinished}) stays, so that the store is not used as if it were whole.
     */
    @Override
    public void close() {
        if (open) {
            open = false;
            loader.abandon();
            index.rollback();
        }
    }

    /** Passes quads on, counts them and adds the literals the full-text index covers to it. */
    private final class Indexing extends StreamRDFWrapper {
        private final TextIndex textIndex;
        private final EntityDefinition def;

        Indexing(StreamRDF loaderStream, TextIndex textIndex) {
            super(loaderStream);
            this.textIndex = textIndex;
            this.def = textIndex.getDocDef();
        }

        @Override
        public void quad(Quad q) {
            quads++;
            super.quad(q);
            if (def.getField(q.getPredicate()) != null) {
                Entity e = TextQueryFuncs.entityFromQuad(def, q);
                if (e != null) {
                    textIndex.addEntity(e);
                }
            }
        }
    }
}
