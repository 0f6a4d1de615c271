package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.NewsGraphException;
import org.newsgraph.OntologyFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.InputException;
import org.newsgraph.article.ReadResult;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files, extracts them and stores each in its own graph. An article whose content and pipeline
 * fingerprint are unchanged is skipped; a broken file, or a broken item of a file holding several articles (a JSON
 * line, a feed item), is reported and the batch goes on. An article with the URL or text of another stored article
 * is a duplicate: it is skipped with an INFO line.
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

    /**
     * What ingesting one file did.
     *
     * @param ids the ids of the articles the file holds that are in the store now (loaded or unchanged; not the
     *            duplicates of other articles, which are skipped)
     */
    public record FileOutcome(List<String> ids, int articles, int loaded, int skipped, long facts, long triples,
                              List<Failure> failures) {
        public FileOutcome {
            ids = List.copyOf(ids);
            failures = List.copyOf(failures);
        }
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
            FileOutcome o = ingestFile(f, seenIds);
            articles += o.articles();
            loaded += o.loaded();
            skipped += o.skipped();
            facts += o.facts();
            triples += o.triples();
            failures.addAll(o.failures());
        }
        progress.step(files.size(), files.size(), "");
        Result r = new Result(articles, loaded, skipped, facts, triples, failures,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("ingested {} articles ({} loaded, {} unchanged), {} facts, {} triples, {} errors in {} ms",
                r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), failures.size(), r.time().toMillis());
        return r;
    }

    /** Ingests one file (for {@code watch}); the reference data must have been loaded by an earlier {@link #ingest}. */
    public FileOutcome ingestFile(Path f) {
        return ingestFile(f, new HashMap<>());
    }

    private FileOutcome ingestFile(Path f, Map<String, String> seenIds) {
        List<String> ids = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int articles = 0;
        int loaded = 0;
        int skipped = 0;
        long facts = 0;
        long triples = 0;
        try {
            ReadResult read = reader.readAll(f);
            for (InputException e : read.failures()) {
                failures.add(new Failure(e.source(), e.getMessage()));
                LOG.warn("{}", e.getMessage());
            }
            for (Article a : read.articles()) {
                try {
                    String previous = seenIds.putIfAbsent(a.id(), a.source());
                    if (previous != null) {
                        throw new NewsGraphException(a.source() + ": article id '" + a.id()
                                + "' was already read from " + previous + " in this run");
                    }
                    articles++;
                    Optional<String> dup = store.duplicateOf(a.id(), a.metadata().url(), a.contentHash());
                    if (dup.isPresent()) {
                        LOG.info("{}: article '{}' has the same URL or text as stored article '{}'; stored once, skipped",
                                a.source(), a.id(), dup.get());
                        skipped++;
                        continue;
                    }
                    ids.add(a.id());
                    if (store.isCurrent(a.id(), a.contentHash(), pipeline.fingerprint())) {
                        skipped++;
                        continue;
                    }
                    Extraction x = pipeline.run(a);
                    triples += store.replace(x, pipeline.fingerprint());
                    facts += x.facts().size();
                    loaded++;
                } catch (NewsGraphException | IllegalArgumentException e) {
                    failures.add(new Failure(a.source(), e.getMessage()));
                    LOG.warn("{}", e.getMessage());
                }
            }
        } catch (NewsGraphException | IllegalArgumentException e) {
            failures.add(new Failure(f.toString(), e.getMessage()));
            LOG.warn("{}", e.getMessage());
        }
        return new FileOutcome(ids, articles, loaded, skipped, facts, triples, failures);
    }
}
