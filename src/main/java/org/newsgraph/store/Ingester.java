package org.newsgraph.store;

import java.io.UncheckedIOException;
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
import org.newsgraph.article.FailureCategory;
import org.newsgraph.article.InputException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files, extracts them and stores each in its own graph. An article whose content and pipeline
 * fingerprint are unchanged is skipped; an article with the URL or text of another stored article is a duplicate,
 * skipped with an INFO line. A broken file, a broken item of a file holding several articles (a JSON line, a feed
 * item) or a broken article becomes one {@link Failure} (file, id when known, {@link FailureCategory}, a one-line
 * message) and the batch goes on; a failed article leaves its stored version, if any, as it was (extraction runs
 * before the write transaction, and a failing write transaction is rolled back).
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    /**
     * One article (or file) that could not be ingested.
     *
     * @param source    the file
     * @param articleId the article id, or null when the failure came before an article was read
     * @param category  the kind of problem
     * @param message   one line naming the file and the cause
     */
    public record Failure(String source, String articleId, FailureCategory category, String message) {
        public Failure {
            java.util.Objects.requireNonNull(source, "source");
            java.util.Objects.requireNonNull(category, "category");
            message = message == null ? source + ": " + category.label() : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        }

        /** A failure of the given kind without an article id. */
        public Failure(String source, String message) {
            this(source, null, FailureCategory.MALFORMED, message);
        }
    }

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
    private final int batch;

    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology) {
        this(pipeline, store, reader, ontology, 1);
    }

    /**
     * With {@code batch} > 1, that many articles are stored per write transaction ({@link NewsGraphStore#replaceAll}):
     * faster for bulk loads; each article still ends wholly old or wholly new, but a crash loses the whole unfinished
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
        Run run = new Run();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            progress.step(i, files.size(), f.getFileName().toString());
            run.file(f);
        }
        run.flush();
        progress.step(files.size(), files.size(), "");
        Result r = new Result(run.articles, run.loaded, run.skipped, run.facts, run.triples, run.failures,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("ingested {} articles ({} loaded, {} unchanged), {} facts, {} triples, {} errors in {} ms",
                r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), r.failures().size(), r.time().toMillis());
        return r;
    }

    /** Ingests one file (for {@code watch}); the reference data must have been loaded by an earlier {@link #ingest}. */
    public FileOutcome ingestFile(Path f) {
        Run run = new Run();
        run.file(f);
        run.flush();
        return new FileOutcome(run.ids, run.articles, run.loaded, run.skipped, run.facts, run.triples, run.failures);
    }

    /** The counters and failures of one {@link #ingest} or {@link #ingestFile} call. */
    private final class Run {
        final List<Failure> failures = new ArrayList<>();
        final Map<String, String> seenIds = new HashMap<>();
        final List<String> ids = new ArrayList<>();
        final List<Extraction> pending = new ArrayList<>();
        final List<Path> pendingFiles = new ArrayList<>();
        int articles;
        int loaded;
        int skipped;
        long facts;
        long triples;

        void file(Path f) {
            try {
                reader.read(f, a -> article(f, a), e -> fail(f, null, e.category(), e.getMessage(), null));
            } catch (UncheckedIOException e) {
                fail(f, null, FailureCategory.UNREADABLE, f + ": cannot read: " + e.getMessage(), null);
            } catch (RuntimeException | StackOverflowError e) {
                fail(f, null, FailureCategory.INTERNAL, f + ": internal error while reading (" + e
                        + "); please report it", e);
            }
        }

        void article(Path f, Article a) {
            String previous = seenIds.putIfAbsent(a.id(), a.source());
            if (previous != null) {
                fail(f, a.id(), FailureCategory.DUPLICATE_ID, a.source() + ": article id '" + a.id()
                        + "' was already read from " + previous + " in this run; kept the first", null);
                return;
            }
            articles++;
            Optional<String> dup = store.duplicateOf(a.id(), a.metadata().url(), a.contentHash());
            if (dup.isPresent()) {
                LOG.info("{}: article '{}' has the same URL or text as stored article '{}'; stored once, skipped",
                        a.source(), a.id(), dup.get());
                skipped++;
                return;
            }
            ids.add(a.id());
            if (store.isCurrent(a.id(), a.contentHash(), pipeline.fingerprint())) {
                skipped++;
                return;
            }
            Extraction x;
            try {
                x = pipeline.run(a);
            } catch (InputException e) {
                fail(f, a.id(), e.category(), e.getMessage(), null);
                return;
            } catch (NewsGraphException e) {
                fail(f, a.id(), FailureCategory.LANGUAGE, a.source() + ": " + e.getMessage(), null);
                return;
            } catch (RuntimeException | StackOverflowError e) {
                fail(f, a.id(), FailureCategory.INTERNAL, a.source() + ": internal error in extraction (" + e
                        + "); please report it; nothing was stored", e);
                return;
            }
            if (batch > 1) {
                pending.add(x);
                pendingFiles.add(f);
                if (pending.size() >= batch) {
                    flush();
                }
                return;
            }
            try {
                triples += store.replace(x, pipeline.fingerprint());
            } catch (RuntimeException e) {
                fail(f, a.id(), FailureCategory.STORE, a.source() + ": cannot store (" + e
                        + "); the write was rolled back, the stored version (if any) kept", e);
                return;
            }
            facts += x.facts().size();
            loaded++;
        }

        /** Stores the pending extractions in one transaction; on failure every article of the batch is reported. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                triples += store.replaceAll(pending, pipeline.fingerprint());
                loaded += pending.size();
                pending.forEach(x -> facts += x.facts().size());
            } catch (RuntimeException e) {
                for (int i = 0; i < pending.size(); i++) {
                    Article a = pending.get(i).text().article();
                    fail(pendingFiles.get(i), a.id(), FailureCategory.STORE, a.source() + ": not stored, its batch of "
                            + pending.size() + " failed (" + e + "); the write was rolled back", e);
                }
            } finally {
                pending.clear();
                pendingFiles.clear();
            }
        }

        void fail(Path f, String id, FailureCategory category, String message, Throwable bug) {
            Failure failure = new Failure(f.toString(), id, category, message);
            failures.add(failure);
            if (bug != null) {
                LOG.debug("{}", failure.message(), bug);
            } else {
                LOG.debug("{}", failure.message());
            }
        }
    }
}
