package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.OrganisationName;
import dev.yardstick.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With {@code yardstick.ingest.seed-on-startup=true}, ingests every update file ({@code *.txt},
 * {@code *.docx}, {@code *.pdf}) under {@code yardstick.ingest.seed-dir} once the service has
 * started, so a fresh stack shows data. The extension only picks the files; the reader tells the
 * format from the bytes, as for uploads. Idempotent: unchanged updates are skipped by the store.
 */
@Component
class SeedOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);
    private static final List<String> UPDATE_FILES = List.of(".txt", ".docx", ".pdf");

    private final IngestProperties properties;
    private final IngestService ingest;
    private final Assessor assessor;

    SeedOnStartup(IngestProperties properties, IngestService ingest, Assessor assessor) {
        this.properties = properties;
        this.ingest = ingest;
        this.assessor = assessor;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seedOnStartup()) {
            seed();
        }
        try {
            // targets may have changed since the last run: judge everything against the ones in force now
            assessor.assessAll();
        } catch (StoreException e) {
            log.warn("start-up assessment skipped: {}", e.getMessage());
        }
    }

    private void seed() {
        Path dir = Path.of(properties.seedDir());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(SeedOnStartup::isUpdateFile).sorted().toList();
        } catch (IOException e) {
            log.error("seed-on-startup: cannot list {} ({}); set yardstick.ingest.seed-dir", dir.toAbsolutePath(), e.getMessage());
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String organisation = OrganisationName.fromFileName(name)
                        .orElseThrow(() -> new DocumentRejectedException(name, "name the file <organisation>-<year>... to seed it"));
                DocumentIngested result = ingest.ingest(name, organisation, Files.readAllBytes(file));
                log.info("seeded {}: {} {}, {} observations ({} matched), {}", name, result.organisation(), result.period(),
                        result.observations(), result.matched(), result.outcome());
            } catch (DocumentRejectedException | InvalidParameterException | StoreException | IOException e) {
                log.error("seed-on-startup: {} not ingested: {}", name, e.getMessage());
            }
        }
    }

    private static boolean isUpdateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(file) && UPDATE_FILES.stream().anyMatch(name::endsWith);
    }
}
