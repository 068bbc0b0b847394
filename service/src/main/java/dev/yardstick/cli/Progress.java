package dev.yardstick.cli;

import java.io.PrintStream;

/** A one-line progress bar on a terminal for long batches; silent when output is redirected. */
final class Progress {

    private static final int MIN_BATCH = 20;
    private static final int WIDTH = 30;

    private final int total;
    private final PrintStream err;
    private final boolean shown;
    private int done;

    private Progress(int total, PrintStream err, boolean shown) {
        this.total = total;
        this.err = err;
        this.shown = shown;
    }

    static Progress forTerminal(int total, PrintStream err) {
        return new Progress(total, err, System.console() != null && total >= MIN_BATCH);
    }

    void step() {
        done++;
        if (shown) {
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        }
    }
}
