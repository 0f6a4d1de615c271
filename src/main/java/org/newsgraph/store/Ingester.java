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

    /** Told after each file; for progress display. */
    public interface Progress {
        void step(int done, int total, String current);
    }

    private final Pipeline pipeline;
    private final NewsGraphStore store;
    private final ArticleReader reader;
    private final OntologyFiles ontology;

    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology) {
        this.pipeline = pipeline;
        this.store = store;
        this.reader = reader;
        this.ontology = ontology;
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
                    triples += store.replace(x, pipeline.fingerprint());
                    facts += x.facts().size();
                    loaded++;
                }
            } catch (NewsGraphException | IllegalArgumentException e) {
                failures.add(new Failure(f.toString(), e.getMessage()));
                LOG.warn("{}", e.getMessage());
            }
        }
        progress.step(files.size(), files.size(), "");
        Result r = new Result(articles, loaded, skipped, facts, triples, failures,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("ingested {} articles ({} loaded, {} unchanged), {} facts, {} triples, {} errors in {} ms",
                r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), failures.size(), r.time().toMillis());
        return r;
    }
}
