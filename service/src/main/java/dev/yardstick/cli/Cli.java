package dev.yardstick.cli;

import java.io.PrintStream;

public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return 0;
    }
}
