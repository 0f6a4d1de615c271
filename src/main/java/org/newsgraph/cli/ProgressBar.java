package org.newsgraph.cli;

import java.io.PrintStream;
import org.newsgraph.store.Ingester;

/** A one-line progress bar, redrawn in place; shown only when stdout is a terminal. */
final class ProgressBar implements Ingester.Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean enabled;

    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    static ProgressBar forTerminal(PrintStream out) {
        return new ProgressBar(out, System.console() != null);
    }

    @Override
    public void step(int done, int total, String current) {
        if (!enabled || total == 0) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        String name = current.length() > 30 ? current.substring(0, 27) + "..." : current;
        out.printf("\r[%s%s] %d/%d %-30s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, name);
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
