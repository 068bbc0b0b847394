package dev.yardstick.cli;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.ingest.Assessor;
import dev.yardstick.ingest.DecisionFile;
import dev.yardstick.ingest.ExtractedUpdate;
import dev.yardstick.ingest.InvalidParameterException;
import dev.yardstick.ingest.TargetService;
import dev.yardstick.ingest.UpdateExtraction;
import dev.yardstick.ingest.UpdateLimits;
import java.util.Set;
import java.util.TreeSet;
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

    private static IngestSession openSession(InfluxStore store) {
        store.ensureDatabase();
        return store.session();
    }

    int run(CommandLine cl) {
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
        Progress progress = Progress.forTerminal(cl.arguments().size(), err);
        int rejected = 0;
        try (InfluxStore store = new InfluxStore(settings); IngestSession session = openSession(store)) {
            Set<String> changed = new TreeSet<>();
            for (String name : cl.arguments()) {
                Path path = Path.of(name);
                try {
                    String source = path.getFileName().toString();
                    limits.checkSize(source, Files.size(path)); // before the file is read into memory
                    ExtractedUpdate update = extraction.decided(extraction.extract(source,
                            OrganisationId.checked(ExtractCommand.organisation(cl.options().get("--org"), path)), Files.readAllBytes(path), limits),
                            decisions.get());
                    UpdateDocument doc = update.document();
                    IngestSession.Written written = session.add(doc, update.observations());
                    if (written.outcome() != IngestSession.Outcome.UNCHANGED) {
                        changed.add(doc.organisation());
                    }
                    progress.clear();
                    out.printf("%s  %s  %s: %d observations, %d matched to indicators, %d candidates, %s, %d points written%n",
                            doc.source(), doc.organisation(), doc.quarter().label(), update.observations().size(), update.matched(),
                            update.candidates(), written.outcome().name().toLowerCase(java.util.Locale.ROOT), written.points());
                } catch (DocumentRejectedException e) {
                    progress.clear();
                    err.println("error: " + e.getMessage());
                    rejected++;
                } catch (InvalidParameterException e) {
                    progress.clear();
                    err.println("error: " + name + ": " + e.getMessage());
                    rejected++;
                } catch (IOException e) {
                    progress.clear();
                    err.println("error: " + name + ": cannot read the file (" + e.getMessage() + ")");
                    rejected++;
                }
                progress.step();
            }
            // reconciled series are rebuilt once per changed organisation, after the whole batch
            int values = session.finish();
            progress.clear();
            out.printf("reconciled series rebuilt: %d values written%n", values);
            Assessor assessor = new Assessor(store, extraction.catalogue(), targets::book, java.time.Clock.systemUTC(), decisions);
            int statuses = assessor.assess(changed);
            out.printf("status against target assessed: %d status points written for %d organisation(s)%n", statuses, changed.size());
            WriteStats stats = store.writeStats();
            out.printf("InfluxDB writes: %d points in %.1f s of write requests (%,.0f points/s, batches of %d)%n", stats.points(),
                    stats.time().toNanos() / 1e9, stats.pointsPerSecond(), InfluxStore.BATCH_SIZE);
        } catch (StoreException e) {
            progress.clear();
            err.println("error: " + e.getMessage());
            return e instanceof StoreUnavailableException ? UNAVAILABLE : REFUSED;
        }
        progress.clear();
        return rejected == 0 ? Cli.OK : Cli.DATA;
    }
}
