package dev.yardstick;

import dev.yardstick.cli.Cli;
import java.util.Arrays;
import java.util.Set;

/**
 * Entry point. With a subcommand ({@code extract}, {@code ingest}, {@code generate},
 * {@code benchmark}) it runs that command and exits without starting a server; asked for help
 * ({@code --help}, {@code -h}, {@code help}) it prints the usage and exits; with nothing else (or
 * only {@code --property=value} options) it starts the service.
 */
public final class Yardstick {

    private static final Set<String> HELP = Set.of("--help", "-h", "help", "-help", "-?");

    private Yardstick() {
    }

    public static void main(String[] args) {
        if (startsServer(args)) {
            YardstickApplication.main(args);
            return;
        }
        // set before anything logs: stdout is the command's output, log lines go to stderr
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        System.exit(Cli.run(asksForHelp(args) ? new String[] {"--help"} : args, System.out, System.err));
    }

    /** No subcommand and no request for help: only Spring Boot's {@code --property=value} options, if any. */
    static boolean startsServer(String[] args) {
        return !asksForHelp(args) && (args.length == 0 || args[0].startsWith("--"));
    }

    private static boolean asksForHelp(String[] args) {
        return Arrays.stream(args).anyMatch(HELP::contains);
    }
}
