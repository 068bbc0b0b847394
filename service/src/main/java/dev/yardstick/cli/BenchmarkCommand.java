package dev.yardstick.cli;

import dev.yardstick.bench.CorpusGenerator;
import dev.yardstick.bench.ExtractionBenchmark;
import dev.yardstick.document.TextExportReader;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.ingest.UpdateExtraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code benchmark}: single-thread extraction throughput (read, extract, match, as the service
 * does) on a generated corpus, and in the same run the throughput of a regular-expression scan for
 * digits over the same documents, with the ratio of the two.
 */
final class BenchmarkCommand {

    /** The seed documents ship inside the jar so the benchmark runs from any directory. */
    static final String[] SEEDS = {"/seeds/lbbd-2017-18-q2.txt", "/seeds/lbbd-2019-20-q2.txt"};

    /**
     * How long extraction is warmed up before it is timed: one pass over 1,000 documents left the
     * first timed rounds partly unoptimised on this two-core machine, whose optimising compiler
     * finishes the hot methods about 20 s into a run.
     */
    static final int WARM_UP_SECONDS = 15;

    private final PrintStream out;

    BenchmarkCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine cl) {
        int documents = cl.intOption("--documents", 1000);
        int rounds = cl.intOption("--rounds", 3);
        long seed = cl.intOption("--seed", 42);
        int warmUpSeconds = cl.countOption("--warmup-seconds", WARM_UP_SECONDS);
        CorpusGenerator generator = new CorpusGenerator(seedDocuments(), seed);
        out.printf(Locale.ROOT, "generating %d documents (seed %d)...%n", documents, seed);
        ExtractionBenchmark bench = new ExtractionBenchmark(generator, documents, new UpdateExtraction(UpdateExtraction.catalogue(null)));
        ExtractionBenchmark.WarmUp warm = bench.warmUp(documents, warmUpSeconds);
        out.printf(Locale.ROOT, "warm-up: %d pass%s over the %d documents in %.1f s, the last at %.1f MB/s%n", warm.passes(),
                warm.passes() == 1 ? "" : "es", documents, warm.seconds(), warm.last().megabytesPerSecond());
        Pattern[] scans = {ExtractionBenchmark.DIGIT_RUN, ExtractionBenchmark.NUMBER};
        for (Pattern p : scans) {
            bench.scan(p, documents);
        }
        out.printf(Locale.ROOT, "java %s, 1 thread%n", System.getProperty("java.version"));
        out.printf(Locale.ROOT, "%-10s %-10s %-12s %-10s %-12s %-10s%n", "documents", "MB", "observations", "seconds", "MB/s", "docs/s");
        double[] extraction = new double[rounds];
        double[][] scanned = new double[scans.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int n : new int[] {Math.max(1, documents / 4), Math.max(1, documents / 2), documents}) {
                ExtractionBenchmark.Result r = bench.run(n);
                out.printf(Locale.ROOT, "%-10d %-10.1f %-12d %-10.3f %-12.1f %-10.0f%n", r.documents(), r.bytes() / 1e6,
                        r.observations(), r.seconds(), r.megabytesPerSecond(), r.documentsPerSecond());
                extraction[round] = r.megabytesPerSecond();
            }
            for (int k = 0; k < scans.length; k++) {
                ExtractionBenchmark.Scan s = bench.scan(scans[k], documents);
                scanned[k][round] = s.megabytesPerSecond();
                out.printf(Locale.ROOT, "%-10d %-10.1f %-12s %-10.3f %-12.1f scan %s (%d matches): extraction/scan %.3f%n", s.documents(),
                        s.bytes() / 1e6, "-", s.seconds(), s.megabytesPerSecond(), s.pattern().pattern(), s.matches(),
                        extraction[round] / s.megabytesPerSecond());
            }
        }
        double e = median(extraction);
        out.printf(Locale.ROOT, "median of %d rounds at %d documents: extraction %.1f MB/s%n", rounds, documents, e);
        for (int k = 0; k < scans.length; k++) {
            double d = median(scanned[k]);
            out.printf(Locale.ROOT, "  single-thread regular-expression scan %-14s %.1f MB/s: extraction/scan %.3f (1/%.1f)%n",
                    scans[k].pattern(), d, e / d, d / e);
        }
        return Cli.OK;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static List<UpdateDocument> seedDocuments() {
        List<UpdateDocument> docs = new ArrayList<>();
        TextExportReader reader = new TextExportReader();
        for (String name : SEEDS) {
            try (InputStream in = BenchmarkCommand.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("seed document " + name + " missing from the jar; rebuild with ./mvnw package");
                }
                docs.add(reader.read(name, "seed", in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled seed " + name, e);
            }
        }
        return docs;
    }
}
