package dev.yardstick;

import dev.yardstick.cli.Cli;

/**
 * Entry point. With a subcommand ({@code extract}, {@code benchmark}) it runs that command and
 * exits without starting any server.
 */
public final class Yardstick {

    private Yardstick() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
