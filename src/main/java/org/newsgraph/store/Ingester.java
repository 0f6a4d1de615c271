package org.newsgraph.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
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

    /**
     * How a run stores and extracts.
     *
     * @param batch   articles stored per write transaction ({@link NewsGraphStore#replaceAll}) when not bulk loading:
     *                more is faster; each article still ends wholly old or wholly new, but a crash loses the whole
     *                unfinished batch (those articles are simply redone by the next run, as they are not current)
     * @param threads extraction threads working ahead of the (single) writer; 0 extracts on the caller's thread
     * @param bulk    whether to load through TDB2's bulk loader ({@link BulkLoad})
     */
    public record Options(int batch, int threads, Bulk bulk) {
        /** One article per transaction, extraction on the caller's thread, no bulk loading. */
        public static final Options SEQUENTIAL = new Options(1, 0, Bulk.OFF);

        public Options {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be 1 or more articles per transaction, got " + batch);
            }
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be 0 or more, got " + threads);
            }
            java.util.Objects.requireNonNull(bulk, "bulk");
        }
    }

    /** When to use the bulk loader. */
    public enum Bulk {
        /** Never: one transaction per article (or per batch). */
        OFF,
        /** Always; the store must hold no article yet. */
        ON,
        /** When the store holds no article yet and the run has at least {@link #AUTO_MIN_FILES} files. */
        AUTO;

        /** Fewest files for which {@link #AUTO} bulk-loads. */
        public static final int AUTO_MIN_FILES = 500;
    }

    private final Pipeline pipeline;
    private final NewsGraphStore store;
    private final ArticleReader reader;
    private final OntologyFiles ontology;
    private final Options options;

    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology) {
        this(pipeline, store, reader, ontology, Options.SEQUENTIAL);
    }

    /** {@code batch} articles per write transaction, otherwise as {@link Options#SEQUENTIAL}. */
    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology, int batch) {
        this(pipeline, store, reader, ontology, new Options(batch, 0, Bulk.OFF));
    }

    public Ingester(Pipeline pipeline, NewsGraphStore store, ArticleReader reader, OntologyFiles ontology,
                    Options options) {
        this.pipeline = pipeline;
        this.store = store;
        this.reader = reader;
        this.ontology = ontology;
        this.options = options;
    }

    public Result ingest(List<Path> files, Progress progress) {
        long t0 = System.nanoTime();
        store.loadReference(ontology, pipeline.fingerprint());
        boolean bulk = switch (options.bulk()) {
            case OFF -> false;
            case ON -> true;
            case AUTO -> files.size() >= Bulk.AUTO_MIN_FILES && store.hasNoArticles();
        };
        Run run = new Run(bulk ? store.bulkLoad(pipeline.fingerprint()) : null);
        try (run) {
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                progress.step(i, files.size(), f.getFileName().toString());
                run.file(f);
            }
            run.finish();
        }
        progress.step(files.size(), files.size(), "");
        Result r = new Result(run.articles, run.loaded, run.skipped, run.facts, run.triples, run.failures,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("ingested {} articles ({} loaded, {} unchanged), {} facts, {} triples, {} errors in {} ms{}",
                r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), r.failures().size(), r.time().toMillis(),
                bulk ? " (bulk load)" : "");
        return r;
    }

    /** Ingests one file (for {@code watch}); the reference data must have been loaded by an earlier {@link #ingest}. */
    public FileOutcome ingestFile(Path f) {
        Run run = new Run(null);
        try (run) {
            run.file(f);
            run.finish();
        }
        return new FileOutcome(run.ids, run.articles, run.loaded, run.skipped, run.facts, run.triples, run.failures);
    }

    /** An article read, extracted (or not: then {@code failure} says why). */
    private record Extracted(Path file, Article article, Extraction extraction, Failure failure, Throwable bug) {}

    /**
     * The counters and failures of one {@link #ingest} or {@link #ingestFile} call. Files are read and articles
     * checked in order on the caller's thread; extraction runs on {@link Options#threads()} threads at most a few
     * articles ahead; the caller's thread stores the extractions in reading order, so a run stores the same as a
     * sequential one.
     */
    private final class Run implements AutoCloseable {
        final List<Failure> failures = new ArrayList<>();
        /** 64-bit keys of the ids, content hashes and URLs of the articles this run read: a few bytes each. */
        final LongSet seenIds = new LongSet();
        final LongSet seenContent = new LongSet();
        final List<String> ids = new ArrayList<>();
        final List<Extraction> pending = new ArrayList<>();
        final List<Path> pendingFiles = new ArrayList<>();
        final Deque<Future<Extracted>> inFlight = new ArrayDeque<>();
        final ExecutorService pool;
        final BulkLoad bulk;
        int articles;
        int loaded;
        int skipped;
        long facts;
        long triples;

        Run(BulkLoad bulk) {
            this.bulk = bulk;
            this.pool = options.threads() == 0 ? null : Executors.newFixedThreadPool(options.threads(), r -> {
                Thread t = new Thread(r, "extract");
                t.setDaemon(true);
                return t;
            });
        }

        void file(Path f) {
            try {
                reader.read(f, a -> article(f, a), e -> fail(f, null, e.category(), e.getMessage(), null));
            } catch (BulkLoad.Failed e) {
                throw e;
            } catch (UncheckedIOException e) {
                fail(f, null, FailureCategory.UNREADABLE, f + ": cannot read: " + e.getMessage(), null);
            } catch (RuntimeException | StackOverflowError e) {
                fail(f, null, FailureCategory.INTERNAL, f + ": internal error while reading (" + e
                        + "); please report it", e);
            }
        }

        void article(Path f, Article a) {
            if (!seenIds.add(LongSet.hash(a.id()))) {
                fail(f, a.id(), FailureCategory.DUPLICATE_ID, a.source() + ": article id '" + a.id()
                        + "' was already read from another file or item in this run; kept the first", null);
                return;
            }
            articles++;
            if (!firstInRun(a)) {
                LOG.info("{}: article '{}' has the same URL or text as an article read earlier in this run; "
                        + "stored once, skipped", a.source(), a.id());
                skipped++;
                return;
            }
            if (bulk == null) {
                Optional<String> dup = store.duplicateOf(a.id(), a.metadata().url(), a.contentHash());
                if (dup.isPresent()) {
                    LOG.info("{}: article '{}' has the same URL or text as stored article '{}'; stored once, skipped",
                            a.source(), a.id(), dup.get());
                    skipped++;
                    return;
                }
            }
            ids.add(a.id());
            if (bulk == null && store.isCurrent(a.id(), a.contentHash(), pipeline.fingerprint())) {
                skipped++;
                return;
            }
            if (pool == null) {
                store(extract(f, a));
                return;
            }
            inFlight.add(pool.submit(() -> extract(f, a)));
            while (inFlight.size() > 4 * options.threads()) {
                store(next());
            }
        }

        /**
         * Records the article's content and URL keys; false if an article read earlier in this run had either.
         * Content keys are 60 bits of the SHA-256, URL keys have the top bit set: the two kinds never meet.
         */
        boolean firstInRun(Article a) {
            boolean first = seenContent.add(Long.parseUnsignedLong(a.contentHash().substring(0, 15), 16));
            String url = a.metadata().url();
            if (url != null) {
                first &= seenContent.add(LongSet.hash(url) | Long.MIN_VALUE);
            }
            return first;
        }

        Extracted extract(Path f, Article a) {
            try {
                return new Extracted(f, a, pipeline.run(a), null, null);
            } catch (InputException e) {
                return new Extracted(f, a, null, new Failure(f.toString(), a.id(), e.category(), e.getMessage()), null);
            } catch (NewsGraphException e) {
                return new Extracted(f, a, null, new Failure(f.toString(), a.id(), FailureCategory.LANGUAGE,
                        a.source() + ": " + e.getMessage()), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Extracted(f, a, null, new Failure(f.toString(), a.id(), FailureCategory.INTERNAL,
                        a.source() + ": internal error in extraction (" + e
                                + "); please report it; nothing was stored"), e);
            }
        }

        Extracted next() {
            try {
                return inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsGraphException("interrupted while waiting for an extraction", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("extraction task failed outside its own error handling", e.getCause());
            }
        }

        void store(Extracted e) {
            if (e.failure() != null) {
                fail(e.failure(), e.bug());
                return;
            }
            Extraction x = e.extraction();
            if (bulk != null) {
                triples += bulk.add(x);
                facts += x.facts().size();
                loaded++;
                return;
            }
            if (options.batch() > 1) {
                pending.add(x);
                pendingFiles.add(e.file());
                if (pending.size() >= options.batch()) {
                    flush();
                }
                return;
            }
            try {
                triples += store.replace(x, pipeline.fingerprint());
            } catch (RuntimeException ex) {
                fail(e.file(), x.text().article().id(), FailureCategory.STORE, x.text().article().source()
                        + ": cannot store (" + ex + "); the write was rolled back, the stored version (if any) kept", ex);
                return;
            }
            facts += x.facts().size();
            loaded++;
        }

        /** Stores what is still being extracted or waiting for its batch; ends a bulk load. */
        void finish() {
            while (!inFlight.isEmpty()) {
                store(next());
            }
            flush();
            if (bulk != null) {
                long before = bulk.quads();
                triples += bulk.finish() - before;
            }
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
            fail(new Failure(f.toString(), id, category, message), bug);
        }

        void fail(Failure failure, Throwable bug) {
            failures.add(failure);
            if (bug != null) {
                LOG.debug("{}", failure.message(), bug);
            } else {
                LOG.debug("{}", failure.message());
            }
        }

        /** Stops the extraction threads; abandons an unfinished bulk load (after a failure). */
        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (bulk != null) {
                bulk.close();
            }
        }
    }
}
