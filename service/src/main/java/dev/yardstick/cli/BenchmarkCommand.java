package dev.yardstick.cli;

import java.io.PrintStream;

final class BenchmarkCommand {
    private final PrintStream out;

    BenchmarkCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine cl) {
        return Cli.OK;
    }
}
