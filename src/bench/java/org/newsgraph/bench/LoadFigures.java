package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.NewsGraphStore;

/**
 * Loading figures: NewsGraph's store writing, fed from extractions made beforehand (not timed), against Jena's
 * phased bulk loader (what {@code tdb2.tdbloader --loader=phased} runs) loading the same quads, written first as
 * N-Quads, into an empty store. NewsGraph's side is what {@code ingest} does into an empty store: the bulk path
 * ({@link NewsGraphStore#bulkLoad}: the same phased loader, plus the full-text index, the syndication links and the
 * support counts); and, on the first {@code INCREMENTAL} articles only (they are slow), the incremental path with one
 * write transaction per article and with 100 articles per transaction. Same JVM; a small warm-up load of each first.
 *
 * <pre>java [-Dincremental=1000] -cp target/benchmarks.jar org.newsgraph.bench.LoadFigures NAME WORKDIR PATH...</pre>
 */
public final class LoadFigures {
    private LoadFigures() {}

    public static void main(String[] args) throws IOException {
        String name = args[0];
        Path work = Files.createDirectories(Path.of(args[1]));
        List<Path> roots = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        OntologyFiles files = OntologyFiles.locate();
        Pipeline pipeline = Pipeline.load(files);
        List<Extraction> xs = Workload.read(roots, Integer.MAX_VALUE).parallelStream().map(pipeline::run).toList();
        Path nq = work.resolve(name + ".nq");
        long quads = writeNQuads(xs, pipeline.fingerprint(), nq);
        int warm = Math.min(100, xs.size());
        Path warmNq = work.resolve(name + "-warm.nq");
        writeNQuads(xs.subList(0, warm), pipeline.fingerprint(), warmNq);
        phased(warmNq, work.resolve("warm-phased"));
        bulk(xs.subList(0, warm), files, pipeline, work.resolve("warm-bulk"));
        perArticle(xs.subList(0, warm), 1, files, pipeline, work.resolve("warm-ng"));

        // the two sides take turns twice; the better round of each counts
        double tPhased = Double.MAX_VALUE;
        double tBulk = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            tPhased = Math.min(tPhased, phased(nq, work.resolve("phased")));
            tBulk = Math.min(tBulk, bulk(xs, files, pipeline, work.resolve("ng-bulk")));
        }
        System.out.printf("| loading, ingest into an empty store (bulk path) vs tdb2.tdbloader --loader=phased (%s, %d "
                        + "articles, %d quads) | ingest %.0f quads/s | phased %.0f quads/s | %.2f | >= 0.8 | best of 2 "
                        + "rounds each; ingest also builds the text index and the support counts |%n",
                name, xs.size(), quads, quads / tBulk, quads / tPhased, tPhased / tBulk);

        int inc = Math.min(xs.size(), Integer.getInteger("incremental", 1000));
        List<Extraction> some = xs.subList(0, inc);
        Path someNq = work.resolve(name + "-incremental.nq");
        long someQuads = writeNQuads(some, pipeline.fingerprint(), someNq);
        double tPhasedSome = phased(someNq, work.resolve("phased"));
        double tOne = perArticle(some, 1, files, pipeline, work.resolve("ng-txn1"));
        double tBatch = perArticle(some, 100, files, pipeline, work.resolve("ng-txn100"));
        System.out.printf("| loading, incremental ingest (1 txn/article) vs phased (first %d articles, %d quads) "
                        + "| ingest %.0f quads/s | phased %.0f quads/s | %.2f | (no target: the path for adding to a store) |%n",
                inc, someQuads, someQuads / tOne, someQuads / tPhasedSome, tPhasedSome / tOne);
        System.out.printf("| loading, incremental ingest --batch 100 vs phased (first %d articles) | ingest %.0f quads/s "
                + "| phased %.0f quads/s | %.2f | (no target) |%n", inc, someQuads / tBatch, someQuads / tPhasedSome,
                tPhasedSome / tBatch);
    }

    /** Seconds for NewsGraph's bulk path to store the extractions into an empty store (reference data untimed). */
    static double bulk(List<Extraction> xs, OntologyFiles files, Pipeline p, Path dir) {
        Bench.deleteTree(dir);
        try (NewsGraphStore store = NewsGraphStore.open(dir)) {
            store.loadReference(files, p.fingerprint());
            long t0 = System.nanoTime();
            try (org.newsgraph.store.BulkLoad load = store.bulkLoad(p.fingerprint())) {
                xs.forEach(load::add);
                load.finish();
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static long writeNQuads(List<Extraction> xs, String hash, Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            HotPathBenchmarks.Counter c = new HotPathBenchmarks.Counter();
            StreamRDF both = new org.apache.jena.riot.system.StreamRDFWrapper(w) {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    c.quad(q);
                    super.quad(q);
                }
            };
            both.start();
            for (Extraction x : xs) {
                ExtractionMapper.write(x, hash, Instant.EPOCH, both);
            }
            both.finish();
            return c.n;
        }
    }

    /** Seconds to bulk-load the N-Quads file into an empty store with the phased loader. */
    static double phased(Path nq, Path dir) {
        Bench.deleteTree(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long t0 = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double s = (System.nanoTime() - t0) / 1e9;
        dsg.close();
        TDBInternal.expel(dsg);
        return s;
    }

    /** Seconds to store the extractions, {@code batch} articles per transaction (reference data loaded untimed). */
    static double perArticle(List<Extraction> xs, int batch, OntologyFiles files, Pipeline p, Path dir) {
        Bench.deleteTree(dir);
        try (NewsGraphStore store = NewsGraphStore.open(dir)) {
            store.loadReference(files, p.fingerprint());
            long t0 = System.nanoTime();
            if (batch == 1) {
                xs.forEach(x -> store.replace(x, p.fingerprint()));
            } else {
                for (int i = 0; i < xs.size(); i += batch) {
                    store.replaceAll(xs.subList(i, Math.min(xs.size(), i + batch)), p.fingerprint());
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
