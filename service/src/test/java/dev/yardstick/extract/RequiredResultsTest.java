package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.MatchedObservation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The nine results the product owner fixed for the seed documents, each exactly as specified. */
class RequiredResultsTest {

    static Stream<Arguments> requiredResults() {
        return Stream.of(
                Arguments.of(SeedData.Q2_2019_20, "lottery_ticket_sales", 650.0, "tickets per week", null, Kind.ACTUAL, "2019-07-01", "2019-09-30"),
                Arguments.of(SeedData.Q2_2017_18, "lottery_ticket_sales", 735.0, null, null, Kind.FORECAST, "2017-10-21", "2017-10-21"),
                Arguments.of(SeedData.Q2_2019_20, "licence_applications", 7000.0, null, Qualifier.OVER, Kind.ACTUAL, null, "2019-09-30"),
                Arguments.of(SeedData.Q2_2017_18, "neet_quintile", 2.0, "quintile", null, Kind.ACTUAL, "2017-01-01", "2017-12-31"),
                Arguments.of(SeedData.Q2_2017_18, "neet_quintile", 4.0, "quintile", null, Kind.PRIOR, "2016-01-01", "2016-12-31"),
                Arguments.of(SeedData.Q2_2017_18, "teen_pregnancy_rate", 27.1, "per 1,000", null, Kind.ACTUAL, "2017-07-01", "2017-09-30"),
                Arguments.of(SeedData.Q2_2017_18, "teen_pregnancy_rate", 28.2, "per 1,000", null, Kind.DERIVED, "2017-04-01", "2017-06-30"),
                Arguments.of(SeedData.Q2_2017_18, "schools_good_or_better", 91.0, "%", null, Kind.ACTUAL, "2017-08-31", "2017-08-31"),
                Arguments.of(SeedData.Q2_2017_18, "schools_good_or_better", 85.0, "%", null, Kind.DERIVED, "2016-08-31", "2016-08-31"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} ({5})")
    @MethodSource("requiredResults")
    void extractsRequiredResult(String document, String indicator, double value, String unit, Qualifier qualifier,
                                Kind kind, String start, String end) {
        List<MatchedObservation> found = SeedData.observations(document).stream()
                .filter(m -> indicator.equals(m.indicatorId()) && m.observation().kind() == kind
                        && Math.abs(m.observation().quantity().value() - value) < 1e-9)
                .toList();

        assertThat(found).as("%s %s %s in %s", indicator, kind, value, document).hasSize(1);
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
        assertThat(o.sentence()).isNotBlank();
    }
}
