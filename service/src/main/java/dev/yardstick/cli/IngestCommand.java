package dev.yardstick.cli;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.ingest.Assessor;
import dev.yardstick.ingest.DecisionFile;
import dev.yardstick.ingest.ExtractedUpdate;
import dev.yardstick.ingest.IngestTimings;
import dev.yardstick.ingest.InvalidParameterException;
import dev.yardstick.ingest.TargetService;
import dev.yardstick.ingest.UpdateExtraction;
import dev.yardstick.ingest.UpdateLimits;
import dev.yardstick.ingest.OrganisationId;
import dev.yardstick.store.IngestSession;
import dev.yardstick.store.InfluxSettings;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.WriteStats;
import dev.yardstick.store.StoreException;
import dev.yardstick.store.StoreUnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import dev.yardstick.ingest.UpdateIngest;

/**
 * {@code ingest}: read update files and write their observations straight to the InfluxDB named
 * by {@code YARDSTICK_INFLUX_*}, replacing earlier versions of the same documents. No server is
 * started. Prints one summary line per document. The catalogue ({@code --catalogue} or
 * {@code YARDSTICK_INGEST_CATALOGUE}), targets and review decisions
 * ({@code YARDSTICK_REVIEW_DECISIONS_FILE}) are found as the service finds them, and extraction
 * goes through the service's {@link UpdateExtraction}, within the service's {@link UpdateLimits}
 * (set by the same settings' environment variables, {@code YARDSTICK_API_MAX_UPLOAD},
 * {@code YARDSTICK_INGEST_MAX_LINES}, {@code _MAX_SENTENCE_LENGTH}, {@code _MAX_OBSERVATIONS}): a file
 * over one is refused before any of it is written, with the limit and its setting named, and the
 * command exits 65 (a file was rejected) after the other files.
 */
final class IngestCommand {

    static final int UNAVAILABLE = 69; // sysexits.h EX_UNAVAILABLE: InfluxDB unreachable; running again later may work
    static final int REFUSED = 76;     // sysexits.h EX_PROTOCOL: InfluxDB answered and refused the write for good

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    IngestCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** For the command line, which has no queue to fall back on: a slow server is waited for. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    /** A file named on the command line and the organisation it belongs to. */
    private record Input(Path path, String organisation) {
    }

    /**
     * The file's bytes; a file that cannot be read is refused like an unreadable update, and one
     * over the size limit before it is read into memory.
     */
    private static byte[] read(Path path, UpdateLimits limits) {
        try {
            limits.checkSize(path.getFileName().toString(), Files.size(path));
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DocumentRejectedException(path.toString(), "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** {@code --dump-line-protocol DIR}: every write request's body saved there, to replay and time against InfluxDB alone. */
    private static Path dump(CommandLine cl) {
        String dir = cl.options().get("--dump-line-protocol");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /**
     * {@code --timings}: where the time went, to stderr (stdout is the per-update summary).
     * Start-up is the JVM's, up to the command; set-up loads the catalogue, targets and review
     * decisions.
     */
    private void printTimings(IngestTimings timings, long setUpNanos, long commandNanos, WriteStats stats) {
        long startUp = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()
                - commandNanos / 1_000_000;
        err.printf("timings: %.2f s JVM start-up, %.2f s set-up, %.2f s ingest%n", startUp / 1e3, setUpNanos / 1e9,
                (commandNanos - setUpNanos) / 1e9);
        for (IngestTimings.Step step : IngestTimings.Step.values()) {
            err.printf("  %7.2f s %s%n", timings.seconds(step), step.label());
        }
        err.printf("  %7.2f s write requests, on their own thread (%d)%n", stats.time().toNanos() / 1e9, stats.requests());
    }

    int run(CommandLine cl) {
        long commandStart = System.nanoTime();
        if (cl.arguments().isEmpty()) {
            throw new UsageException("ingest needs at least one FILE");
        }
        InfluxSettings settings;
        UpdateLimits limits;
        try {
            settings = InfluxSettings.fromEnvironment(env);
            limits = UpdateLimits.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        UpdateExtraction extraction;
        TargetService targets;
        DecisionFile decisions;
        try {
            IndicatorCatalogue catalogue = UpdateExtraction.catalogue(cl.options().getOrDefault("--catalogue", env.get("YARDSTICK_INGEST_CATALOGUE")));
            extraction = new UpdateExtraction(catalogue);
            String apiFile = env.getOrDefault("YARDSTICK_TARGETS_API_FILE", "data/targets-from-api.yaml");
            decisions = DecisionFile.at(env.get("YARDSTICK_REVIEW_DECISIONS_FILE"), apiFile);
            targets = new TargetService(catalogue, env.get("YARDSTICK_TARGETS_FILE"), Path.of(apiFile), decisions);
        } catch (CatalogueException e) {
            err.println("error: " + e.getMessage());
            return Cli.DATA;
        }
        IngestTimings timings = cl.options().containsKey("--timings") ? IngestTimings.started() : IngestTimings.NONE;
        long setUp = System.nanoTime() - commandStart;
        Progress progress = Progress.forTerminal(cl.arguments().size(), err);
        int[] rejected = {0};
        // files grouped by organisation (named before anything is read), so each is read from InfluxDB once
        Map<String, List<Input>> byOrganisation = new LinkedHashMap<>();
        for (String name : cl.arguments()) {
            Path path = Path.of(name);
            try {
                String organisation = OrganisationId.checked(ExtractCommand.organisation(cl.options().get("--org"), path));
                byOrganisation.computeIfAbsent(organisation, o -> new ArrayList<>()).add(new Input(path, organisation));
            } catch (DocumentRejectedException e) {
                err.println("error: " + e.getMessage());
                rejected[0]++;
            } catch (InvalidParameterException e) {
                err.println("error: " + name + ": " + e.getMessage());
                rejected[0]++;
            }
        }
        try (InfluxStore store = new InfluxStore(settings, Clock.systemUTC(), STORE_TIMEOUT, dump(cl))) {
            store.ensureDatabase();
            Assessor assessor = new Assessor(store, extraction.catalogue(), targets::book, Clock.systemUTC(), decisions);
            UpdateIngest.Totals totals = new UpdateIngest(store, assessor).ingest(byOrganisation,
                    in -> extraction.decided(extraction.extract(in.path().getFileName().toString(), in.organisation(),
                            read(in.path(), limits), limits), decisions.get()),
                    new UpdateIngest.Listener<>() {
                        @Override
                        public void written(Input in, ExtractedUpdate update, IngestSession.Written written) {
                            UpdateDocument doc = update.document();
                            progress.clear();
                            out.printf("%s  %s  %s: %d observations, %d matched to indicators, %d candidates, %s, %d points written%n",
                                    doc.source(), doc.organisation(), doc.quarter().label(), update.observations().size(), update.matched(),
                                    update.candidates(), written.outcome().name().toLowerCase(java.util.Locale.ROOT), written.points());
                            progress.step();
                        }

                        @Override
                        public void rejected(Input in, RuntimeException reason) {
                            progress.clear();
                            err.println("error: " + (reason instanceof DocumentRejectedException ? "" : in.path() + ": ") + reason.getMessage());
                            rejected[0]++;
                            progress.step();
                        }
                    }, timings);
            progress.clear();
            out.printf("reconciled series rebuilt: %d values written%n", totals.reconciledValues());
            out.printf("status against target assessed: %d status points written for %d organisation(s)%n", totals.statusPoints(),
                    byOrganisation.size());
            WriteStats stats = store.writeStats();
            out.printf("InfluxDB writes: %d points in %d requests, %.1f s of write requests (%,.0f points/s, batches of %d), %d blank tags or"
                            + " non-finite numbers left out%n", stats.points(), stats.requests(), stats.time().toNanos() / 1e9,
                    stats.pointsPerSecond(), InfluxStore.BATCH_SIZE, stats.refused());
            if (timings != IngestTimings.NONE) {
                printTimings(timings, setUp, System.nanoTime() - commandStart, stats);
            }
        } catch (StoreException e) {
            progress.clear();
            err.println("error: " + e.getMessage());
            return e instanceof StoreUnavailableException ? UNAVAILABLE : REFUSED;
        }
        progress.clear();
        return rejected[0] == 0 ? Cli.OK : Cli.DATA;
    }
}
