package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The nine required seed results hold when the seeds are read as Word documents and as PDFs, whatever the table's layout. */
class RequiredResultsFromWordAndPdfTest {

    private static final List<String> VERSIONS = List.of(".docx", ".pdf", "-borderless.pdf", "-council.pdf");

    static Stream<Arguments> requiredResultsPerVersion() {
        return RequiredResultsTest.requiredResults().flatMap(required -> VERSIONS.stream()
                .filter(version -> !version.startsWith("-") || exists(office(required.get()[0], version)))
                .map(version -> {
                    Object[] a = required.get();
                    return Arguments.of(office((String) a[0], version).getFileName().toString(), a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
                }));
    }

    private static Path office(Object seed, String version) {
        String name = ((String) seed).replace(".txt", version);
        return SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office").resolve(name);
    }

    private static boolean exists(Path p) {
        return Files.exists(p);
    }

    @ParameterizedTest(name = "{0}: {1} = {2} ({5})")
    @MethodSource("requiredResultsPerVersion")
    void extractsRequiredResultFromOfficeVersion(String file, String indicator, double value, String unit, Qualifier qualifier,
                                                 Kind kind, String start, String end) throws IOException {
        Path path = SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office").resolve(file);
        IndicatorMatcher matcher = new IndicatorMatcher(SeedData.catalogue());
        List<MatchedObservation> found = matcher.match(new Extractor(matcher).extract(
                        new UpdateReader().read(file, "lbbd", Files.readAllBytes(path)))).stream()
                .filter(m -> indicator.equals(m.indicatorId()) && m.observation().kind() == kind
                        && Math.abs(m.observation().quantity().value() - value) < 1e-9)
                .toList();

        assertThat(found).as("%s %s %s in %s", indicator, kind, value, file).hasSize(1);
        Observation o = found.get(0).observation();
        if (unit != null) {
            assertThat(o.quantity().unitLabel()).isEqualTo(unit);
        }
        if (qualifier != null) {
            assertThat(o.quantity().qualifier()).isEqualTo(qualifier);
        }
        if (start != null) {
            assertThat(o.period().start()).isEqualTo(LocalDate.parse(start));
        }
        assertThat(o.period().end()).isEqualTo(LocalDate.parse(end));
    }
}
