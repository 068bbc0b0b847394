package dev.yardstick;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.TextExportReader;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's real seed documents, read the way the product reads them. */
public final class SeedData {

    public static final String Q2_2017_18 = "lbbd-2017-18-q2.txt";
    public static final String Q2_2019_20 = "lbbd-2019-20-q2.txt";

    private SeedData() {
    }

    /** {@code seed-data/} at the repository root; tests run with the module directory as working directory. */
    public static Path dir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seed-data/updates"))) {
                return p.resolve("seed-data");
            }
        }
        throw new IllegalStateException("seed-data/ not found above " + here);
    }

    /** A new empty temporary folder, deleted when the JVM exits. */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory("yardstick-" + prefix + "-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path update(String name) {
        return dir().resolve("updates").resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(update(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UpdateDocument read(String name) {
        return new TextExportReader().read(name, "lbbd", bytes(name));
    }

    public static IndicatorCatalogue catalogue() {
        return IndicatorCatalogue.load(dir().resolve("indicators.yaml"));
    }

    public static List<MatchedObservation> observations(String name) {
        IndicatorMatcher matcher = new IndicatorMatcher(catalogue());
        return matcher.match(new Extractor(matcher).extract(read(name)));
    }

    /** The observations as the service ingests them: own catalogue, then the library, then provisional indicators. */
    public static List<MatchedObservation> observationsAsIngested(String name) {
        return new dev.yardstick.ingest.UpdateExtraction(catalogue().withLibrary(IndicatorCatalogue.library()))
                .extract(name, "lbbd", bytes(name)).observations();
    }
}
