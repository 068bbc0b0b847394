package dev.yardstick.cli;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.ingest.Assessor;
import dev.yardstick.ingest.TargetService;
import java.util.Set;
import java.util.TreeSet;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.UpdateReader;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Extractor;
import dev.yardstick.ingest.InvalidParameterException;
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
import java.util.List;
import java.util.Map;

/**
 * {@code ingest}: read update files and write their observations straight to the InfluxDB named
 * by {@code YARDSTICK_INFLUX_*}, replacing earlier versions of the same documents. No server is
 * started. Prints one summary line per document.
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
        try {
            settings = InfluxSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        IndicatorCatalogue catalogue = IndicatorCatalogue.bundled().withLibrary(IndicatorCatalogue.library());
        TargetService targets;
        try {
            targets = new TargetService(catalogue, env.get("YARDSTICK_TARGETS_FILE"),
                    Path.of(env.getOrDefault("YARDSTICK_TARGETS_API_FILE", "data/targets-from-api.yaml")));
        } catch (CatalogueException e) {
            err.println("error: " + e.getMessage());
            return Cli.DATA;
        }
        IndicatorMatcher matcher = IndicatorMatcher.withProvisional(catalogue);
        Extractor extractor = new Extractor(matcher);
        UpdateReader reader = new UpdateReader();
        Progress progress = Progress.forTerminal(cl.arguments().size(), err);
        int rejected = 0;
        try (InfluxStore store = new InfluxStore(settings); IngestSession session = openSession(store)) {
            Set<String> changed = new TreeSet<>();
            for (String name : cl.arguments()) {
                Path path = Path.of(name);
                try {
                    UpdateDocument doc = reader.read(path.getFileName().toString(),
                            OrganisationId.checked(ExtractCommand.organisation(cl.options().get("--org"), path)), Files.readAllBytes(path));
                    List<MatchedObservation> observations = matcher.match(extractor.extract(doc));
                    IngestSession.Written written = session.add(doc, observations);
                    long matched = observations.stream().filter(MatchedObservation::isCatalogued).count();
                    if (written.outcome() != IngestSession.Outcome.UNCHANGED) {
                        changed.add(doc.organisation());
                    }
                    progress.clear();
                    out.printf("%s  %s  %s: %d observations, %d matched to indicators, %d candidates, %s, %d points written%n",
                            doc.source(), doc.organisation(), doc.quarter().label(), observations.size(), matched,
                            observations.size() - matched, written.outcome().name().toLowerCase(java.util.Locale.ROOT), written.points());
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
            Assessor assessor = new Assessor(store, catalogue, targets::book, java.time.Clock.systemUTC());
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
