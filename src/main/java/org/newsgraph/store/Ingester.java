package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files, extracts them and stores each in its own graph. An article whose content and pipeline
 * fingerprint are unchanged is skipped; a broken file is reported and the batch goes on.
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    /** One article that could not be ingested. */
    public record Failure(String source, String message) {}

    /** What one run did. */
    public record Result(int articles, int loaded, int skipped, long facts, long triples, List<Failure> failures,
                         Duration time) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    private static final String BATCH_FAILED = "not stored (its batch failed): ";

    /** Stores the pending extractions in one transaction; on failure every article of the batch is reported. */
    private long flush(List<Extraction> pending, List<Failure> failures) {
        if (pending.isEmpty()) {
            return 0;
        }
        try {
            return store.replaceAll(pending, pipeline.fingerprint());
        } catch (NewsGraphException | IllegalArgumentException e) {
            pending.forEach(x -> failures.add(new Failure(x.text().article().source(), BATCH_FAILED + e.getMessage())));
            LOG.warn("batch of {} articles not stored: {}", pending.size(), e.getMessage());
            return 0;
        } finally {
            pending.clear();
        }
    }

    /** Told after each file; for progress display. */
    public interface Progress {
        void step(int done, int total, String current);
    }

    private final Pipeline pipeline;
    private final NewsGraphStore store;
    private final ArticleReader reader;
    private final OntologyFiles ontology;
    private final int batch;

    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology) {
        this(pipeline, store, reader, ontology, 1);
    }

    /**
     * With {@code batch} > 1, that many articles are stored per write transaction ({@link NewsGraphStore#replaceAll}):
     * each article still ends exactly as with one transaction each, but an interruption loses the whole unfinished
     * batch (those articles are simply redone by the next run, as they are not stored as current).
     */
    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be 1 or more articles per transaction, got " + batch);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.reader = reader;
        this.ontology = ontology;
        this.batch = batch;
    }

    public Result ingest(List<Path> files, Progress progress) {
        long t0 = System.nanoTime();
        store.loadReference(ontology, pipeline.fingerprint());
        List<Failure> failures = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        int articles = 0;
        int loaded = 0;
        int skipped = 0;
        long facts = 0;
        long triples = 0;
        List<Extraction> pending = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            progress.step(i, files.size(), f.getFileName().toString());
            try {
                for (Article a : reader.read(f)) {
                    String previous = seenIds.putIfAbsent(a.id(), a.source());
                    if (previous != null) {
                        throw new NewsGraphException(a.source() + ": article id '" + a.id()
                                + "' was already read from " + previous + " in this run");
                    }
                    articles++;
                    if (store.isCurrent(a.id(), a.contentHash(), pipeline.fingerprint())) {
                        skipped++;
                        continue;
                    }
                    Extraction x = pipeline.run(a);
                    facts += x.facts().size();
                    loaded++;
                    if (batch == 1) {
                        triples += store.replace(x, pipeline.fingerprint());
                    } else {
                        pending.add(x);
                        if (pending.size() >= batch) {
                            triples += flush(pending, failures);
                        }
                    }
                }
            } catch (NewsGraphException | IllegalArgumentException e) {
                failures.add(new Failure(f.toString(), e.getMessage()));
                LOG.warn("{}", e.getMessage());
            }
        }
        triples += flush(pending, failures);
        loaded -= failures.stream().filter(x -> x.message().startsWith(BATCH_FAILED)).count();
        progress.step(files.size(), files.size(), "");
        Result r = new Result(articles, loaded, skipped, facts, triples, failures,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("ingested {} articles ({} loaded, {} unchanged), {} facts, {} triples, {} errors in {} ms",
                r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), failures.size(), r.time().toMillis());
        return r;
    }
}
