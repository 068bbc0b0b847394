package dev.yardstick.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.MatchedObservation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word and PDF versions of every seed and development-corpus update, and of six councils'
 * own reports from the labelled corpora, give the observations its text export gives (same
 * sentence, value, kind and period): at least 95% of them. Prints the agreement per file.
 */
class OfficeFormatAgreementTest {

    static Stream<Arguments> officeVersions() {
        return Stream.concat(OfficeFixtures.UPDATES.stream(), OfficeFixtures.REPORTS.keySet().stream().sorted())
                .flatMap(u -> Stream.of(Arguments.of(u, "docx"), Arguments.of(u, "pdf")));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("officeVersions")
    void officeVersionGivesTheObservationsOfTheTextExport(String update, String format) {
        List<MatchedObservation> text = OfficeFixtures.observations(OfficeFixtures.text(update));
        List<MatchedObservation> office = OfficeFixtures.observations(OfficeFixtures.office(update + "." + format));

        OfficeFixtures.Agreement agreement = OfficeFixtures.agreement(text, office);

        System.out.printf("agreement %-44s %-4s %3d of %3d text-export observations (%.1f%%), %d others%n",
                update, format, agreement.found(), agreement.reference(), 100 * agreement.share(), agreement.extra().size());
        agreement.missing().forEach(m -> System.out.println("  missing: " + m));
        agreement.extra().forEach(m -> System.out.println("  other:   " + m));
        assertThat(text).isNotEmpty();
        assertThat(agreement.share()).as("agreement of %s.%s with its text export", update, format).isGreaterThanOrEqualTo(0.95);
    }
}
