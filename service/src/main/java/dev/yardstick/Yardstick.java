package dev.yardstick;

import dev.yardstick.cli.Cli;

/**
 * Entry point. With a subcommand ({@code extract}, {@code ingest}, {@code generate},
 * {@code benchmark}) it runs that command and exits without starting a server; with none (or
 * only {@code --options}) it starts the service.
 */
public final class Yardstick {

    private Yardstick() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            YardstickApplication.main(args);
            return;
        }
        // set before anything logs: stdout is the command's output, log lines go to stderr
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
