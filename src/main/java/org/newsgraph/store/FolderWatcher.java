package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsgraph.article.ArticleFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store in step with folders: new and changed article files are ingested, deleted ones retracted. A
 * {@link WatchService} wakes the watcher early; every wake-up (and every poll interval, in case events are lost or
 * the file system sends none) rescans the folders, so polling is the fallback. A file is read only once its size
 * and modification time have been stable for the settle time, so half-written files are not ingested. The watcher
 * remembers which article ids each file gave (a feed gives several) to retract exactly those. It writes through the
 * store's transactions, so a server on the same store keeps answering queries.
 *
 * <pre>{@code
 * try (FolderWatcher w = new FolderWatcher(ingester, store, List.of(Path.of("inbox")), Duration.ofMillis(500))) {
 *     w.start();   // ingests what is there, then follows the folders on a background thread
 * }
 * }</pre>
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration POLL = Duration.ofSeconds(2);

    /** Size and modification time of a file at one scan. */
    private record Stat(long size, long modified) {}

    private final Ingester ingester;
    private final NewsGraphStore store;
    private final List<Path> roots;
    private final Duration settle;
    private final Map<Path, Stat> ingested = new HashMap<>();
    private final Map<Path, List<String>> idsByFile = new HashMap<>();
    private final Map<Path, Stat> pending = new HashMap<>();
    private final Map<Path, Long> pendingSince = new HashMap<>();
    private final Set<Path> registered = new HashSet<>();
    private WatchService events;
    private Thread thread;
    private volatile boolean running;

    public FolderWatcher(Ingester ingester, NewsGraphStore store, List<Path> roots, Duration settle) {
        this.ingester = ingester;
        this.store = store;
        this.roots = List.copyOf(roots);
        this.settle = settle;
        for (Path r : roots) {
            if (!Files.isDirectory(r)) {
                throw new org.newsgraph.article.InputException(r, "not a folder: watch takes folders");
            }
        }
    }

    /** Ingests the files present now, then watches on a daemon thread. */
    public FolderWatcher start() {
        try {
            events = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("no file system events ({}); polling every {} s", e.getMessage(), POLL.toSeconds());
        }
        Map<Path, Stat> now = scan();
        if (now == null) {
            now = Map.of();
        }
        ingester.ingest(List.of(), (d, t, c) -> { });
        for (Map.Entry<Path, Stat> e : now.entrySet()) {
            ingest(e.getKey(), e.getValue());
        }
        LOG.info("watching {} ({} files)", roots, now.size());
        running = true;
        thread = new Thread(this::loop, "newsgraph-watch");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void loop() {
        while (running) {
            try {
                waitForChange();
                Map<Path, Stat> now = scan();
                if (now != null) {
                    step(now);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("watch: {}", e.getMessage(), e);
            }
        }
    }

    private void waitForChange() throws InterruptedException {
        long wait = pending.isEmpty() ? POLL.toMillis() : Math.max(50, settle.toMillis() / 2);
        if (events == null) {
            Thread.sleep(wait);
            return;
        }
        var key = events.poll(wait, TimeUnit.MILLISECONDS);
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = events.poll();
        }
    }

    /** One round: settle, ingest and retract by comparing a scan with what was ingested. */
    private void step(Map<Path, Stat> now) {
        long t = System.nanoTime();
        for (Map.Entry<Path, Stat> e : now.entrySet()) {
            Path f = e.getKey();
            Stat st = e.getValue();
            if (st.equals(ingested.get(f))) {
                pending.remove(f);
                continue;
            }
            if (!st.equals(pending.get(f))) {
                pending.put(f, st);
                pendingSince.put(f, t);
            } else if (t - pendingSince.get(f) >= settle.toNanos()) {
                pending.remove(f);
                ingest(f, st);
            }
        }
        for (Path gone : new ArrayList<>(ingested.keySet())) {
            if (!now.containsKey(gone)) {
                ingested.remove(gone);
                pending.remove(gone);
                retract(gone, idsByFile.remove(gone), List.of());
            }
        }
        pending.keySet().retainAll(now.keySet());
    }

    private void ingest(Path f, Stat st) {
        Ingester.FileOutcome o = ingester.ingestFile(f);
        ingested.put(f, st);
        if (o.ids().isEmpty() && !o.failures().isEmpty() && idsByFile.containsKey(f)) {
            // the file could not be read at all (e.g. caught half-rewritten): keep what it gave before
            LOG.warn("{}: unreadable now, keeping its {} stored articles until it changes again", f, idsByFile.get(f).size());
            return;
        }
        List<String> before = idsByFile.getOrDefault(f, List.of());
        idsByFile.put(f, o.ids());
        retract(f, before, o.ids());
        if (o.loaded() > 0 || !o.failures().isEmpty()) {
            LOG.info("{}: {} articles loaded, {} unchanged or duplicate, {} errors", f, o.loaded(), o.skipped(),
                    o.failures().size());
        }
    }

    private void retract(Path f, List<String> before, List<String> keep) {
        if (before == null) {
            return;
        }
        for (String id : before) {
            if (!keep.contains(id) && store.remove(id)) {
                LOG.info("{}: retracted article '{}'", f, id);
            }
        }
    }

    /** The article files under the roots now, or null when a folder changed under the walk (try again). */
    private Map<Path, Stat> scan() {
        Map<Path, Stat> out = new HashMap<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.toList()) {
                    BasicFileAttributes a;
                    try {
                        a = Files.readAttributes(p, BasicFileAttributes.class);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        continue;
                    }
                    if (a.isDirectory()) {
                        register(p);
                    } else if (a.isRegularFile() && ArticleFinder.isArticleFile(p)) {
                        out.put(p, new Stat(a.size(), a.lastModifiedTime().toMillis()));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debug("scan of {} raced with a change, scanning again: {}", root, e.getMessage());
                return null;
            }
        }
        return out;
    }

    private void register(Path dir) {
        if (events == null || !registered.add(dir)) {
            return;
        }
        try {
            dir.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            LOG.debug("cannot watch {} ({}); polling it", dir, e.getMessage());
        }
    }

    /**
     * Stops watching after the current round (the thread is not interrupted: an interrupt during a TDB2 write would
     * close its files); the store stays open.
     */
    @Override
    public void close() {
        running = false;
        if (events != null) {
            try {
                events.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service: {}", e.getMessage());
            }
        }
        if (thread != null) {
            try {
                thread.join(POLL.toMillis() + 30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
