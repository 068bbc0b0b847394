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
 * {@code *.docx}, {@code *.pdf}) under {@code yardstick.ingest.seed-dir} (by default the seed updates
 * bundled in the jar) once the service has started, so a fresh stack shows data. The extension only picks the files; the reader tells the
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

    /** An update file to seed: its name and where to read it. */
    private record Seed(String name, Bytes bytes) {
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    private void seed() {
        List<Seed> seeds;
        try {
            seeds = properties.seedDir().isBlank() ? bundledSeeds() : seedsIn(Path.of(properties.seedDir()));
        } catch (IOException e) {
            log.error("seed-on-startup: cannot list the seed updates ({}); set yardstick.ingest.seed-dir", e.getMessage());
            return;
        }
        for (Seed seed : seeds) {
            String name = seed.name();
            try {
                String organisation = OrganisationName.fromFileName(name)
                        .orElseThrow(() -> new DocumentRejectedException(name, "name the file <organisation>-<year>... to seed it"));
                DocumentIngested result = ingest.ingest(name, organisation, seed.bytes().read());
                log.info("seeded {}: {} {}, {} observations ({} matched), {}", name, result.organisation(), result.period(),
                        result.observations(), result.matched(), result.outcome());
            } catch (DocumentRejectedException | InvalidParameterException | StoreException | IOException e) {
                log.error("seed-on-startup: {} not ingested: {}", name, e.getMessage());
            }
        }
    }

    private static List<Seed> seedsIn(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(SeedOnStartup::isUpdateFile).sorted()
                    .map(file -> new Seed(file.getFileName().toString(), () -> Files.readAllBytes(file))).toList();
        } catch (IOException e) {
            throw new IOException("cannot list " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The seed updates packed into the jar (under {@code seeds/}), so seeding works from any working directory. */
    private static List<Seed> bundledSeeds() throws IOException {
        org.springframework.core.io.Resource[] found = new org.springframework.core.io.support.PathMatchingResourcePatternResolver(
                SeedOnStartup.class.getClassLoader()).getResources("classpath*:seeds/*");
        return java.util.Arrays.stream(found)
                .filter(r -> r.getFilename() != null && UPDATE_FILES.stream().anyMatch(r.getFilename().toLowerCase(java.util.Locale.ROOT)::endsWith))
                .sorted(java.util.Comparator.comparing(org.springframework.core.io.Resource::getFilename))
                .map(r -> new Seed(r.getFilename(), r::getContentAsByteArray)).toList();
    }

    private static boolean isUpdateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(file) && UPDATE_FILES.stream().anyMatch(name::endsWith);
    }
}
