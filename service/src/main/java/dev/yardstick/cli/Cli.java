package dev.yardstick.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Dispatches the subcommands; returns the process exit code. */
public final class Cli {

    static final int OK = 0;
    static final int USAGE = 64;   // sysexits.h EX_USAGE
    static final int DATA = 65;    // sysexits.h EX_DATAERR: a file was rejected

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(usage());
            return args.length == 0 ? USAGE : OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> new ExtractCommand(out, err).run(CommandLine.parse(rest, "--org", "--format", "--catalogue"));
                case "ingest" -> new IngestCommand(out, err, System.getenv()).run(CommandLine.parse(rest, java.util.Set.of("--timings"), "--org",
                        "--catalogue", "--dump-line-protocol"));
                case "generate" -> new GenerateCommand(out).run(CommandLine.parse(rest, "--documents", "--councils", "--seed", "--out"));
                case "benchmark" -> new BenchmarkCommand(out).run(CommandLine.parse(rest, "--documents", "--seed", "--rounds", "--warmup-seconds"));
                default -> {
                    err.println("error: unknown command '" + args[0] + "'");
                    err.println(usage());
                    yield USAGE;
                }
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
    }

    static String usage() {
        return """
                usage: java -jar yardstick.jar [<command> [options]]    (./yardstick from a checkout)

                  (no command) [--server.port=8080] [--yardstick.influx.url=URL] ...
                        start the HTTP service (API, Swagger UI at /swagger-ui.html); settings as
                        --property=value or environment variables, listed in README.md

                  extract [--org NAME] [--format json|csv|table] [--catalogue FILE] FILE...
                        print the observations found in quarterly update files and exit
                  ingest [--org NAME] [--catalogue FILE] [--dump-line-protocol DIR] [--timings] FILE...
                        write the observations of update files to InfluxDB (YARDSTICK_INFLUX_URL,
                        _DATABASE, _USERNAME, _PASSWORD), replacing earlier versions, and exit;
                        catalogue, targets, review decisions and limits on an update as the
                        service finds them (a file over a limit is refused, exit 65);
                        --timings prints where the time went
                  benchmark [--documents N] [--rounds N] [--seed N] [--warmup-seconds N]
                        measure single-thread extraction throughput on a generated corpus,
                        after extracting it over and over for --warmup-seconds (15; 0 is
                        one pass, as before this option)
                  generate --out DIR [--documents N] [--councils N] [--seed N]
                        write a corpus of synthetic updates (for the ingest benchmark)
                  help, --help, -h
                        print this and exit""";
    }
}
