package org.newsgraph.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.newsgraph.NewsGraphException;

/**
 * Runs a TDB2 loader on a thread of its own (its transaction is bound to the thread that starts it), fed through
 * a short queue of articles' quads: the caller maps and indexes the next articles while the loader writes the
 * previous ones. Bounded: at most {@link #QUEUE} articles wait, so the heap does not grow with the corpus.
 */
final class LoaderThread {
    /** Articles waiting for the loader. */
    static final int QUEUE = 32;
    private static final List<Quad> END = new java.util.ArrayList<>(); // compared by identity: not List.of(), a shared singleton
    private static final List<Quad> ABANDON = new java.util.ArrayList<>();

    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile Throwable failure;

    LoaderThread(DataLoader loader) {
        thread = new Thread(() -> run(loader), "bulk-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(DataLoader loader) {
        try {
            loader.startBulk();
            StreamRDF out = loader.stream();
            out.start();
            while (true) {
                List<Quad> next = queue.take();
                if (next == ABANDON) {
                    loader.finishException(new NewsGraphException("bulk load abandoned"));
                    return;
                }
                if (next == END) {
                    out.finish();
                    loader.finishBulk();
                    return;
                }
                next.forEach(out::quad);
            }
        } catch (Throwable e) {
            failure = e;
            queue.clear(); // unblock a producer waiting for room
        }
    }

    /** Hands one article's quads to the loader; waits while the queue is full. */
    void put(List<Quad> quads) {
        try {
            while (!queue.offer(quads, 100, TimeUnit.MILLISECONDS)) {
                check();
            }
            check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while waiting for the bulk loader", e);
        }
    }

    /** Waits until the loader has written everything and built its indexes. */
    void finish() {
        put(END);
        join();
        check();
    }

    /** Stops the loader without finishing (after a failure elsewhere). */
    void abandon() {
        if (thread.isAlive()) {
            queue.clear();
            queue.offer(ABANDON);
            join();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while waiting for the bulk loader", e);
        }
    }

    private void check() {
        if (failure != null) {
            throw failure instanceof RuntimeException r ? r : new NewsGraphException("bulk loader failed: " + failure,
                    failure);
        }
    }
}
