package org.newsgraph.store;

import java.io.UncheckedIOException;
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
import org.newsgraph.article.FailureCategory;
import org.newsgraph.article.InputException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article files, extracts them and stores each in its own graph. An article whose content and pipeline
 * fingerprint are unchanged is skipped. A broken file or article becomes one {@link Failure} (file, id when known,
 * {@link FailureCategory}, a one-line message) and the batch goes on; a failed article leaves its stored version, if
 * any, as it was (extraction runs before the write transaction, and a failing write transaction is rolled back).
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
        Run run = new Run();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            progress.step(i, files.size(), f.getFileName().toString());
            try {
                reader.read(f, a -> run.article(f, a), e -> run.fail(f, null, e.category(), e.getMessage(), null));
            } catch (UncheckedIOException e) {
                run.fail(f, null, FailureCategory.UNREADABLE, f + ": cannot read: " + e.getMessage(), null);
            } catch (RuntimeException | StackOverflowError e) {
                run.fail(f, null, FailureCategory.INTERNAL, f + ": internal error while reading (" + e
                        + "); please report it", e);
            }
        }
        progress.step(files.size(), files.size(), "");
        Result r = new Result(run.articles, run.loaded, run.skipped, run.facts, run.triples, run.failures,
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("ingested {} articles ({} loaded, {} unchanged), {} facts, {} triples, {} errors in {} ms",
                r.articles(), r.loaded(), r.skipped(), r.facts(), r.triples(), r.failures().size(), r.time().toMillis());
        return r;
    }

    /** The counters and failures of one {@link #ingest} call. */
    private final class Run {
        final List<Failure> failures = new ArrayList<>();
        final Map<String, String> seenIds = new HashMap<>();
        int articles;
        int loaded;
        int skipped;
        long facts;
        long triples;

        void article(Path f, Article a) {
            String previous = seenIds.putIfAbsent(a.id(), a.source());
            if (previous != null) {
                fail(f, a.id(), FailureCategory.DUPLICATE_ID, a.source() + ": article id '" + a.id()
                        + "' was already read from " + previous + " in this run; kept the first", null);
                return;
            }
            articles++;
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
