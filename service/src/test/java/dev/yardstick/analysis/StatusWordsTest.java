package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.Target;
import dev.yardstick.catalogue.Tolerance;
import dev.yardstick.extract.Measure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Statuses in words a performance officer would write. */
class StatusWordsTest {

    private static final Indicator NEET = new Indicator("neet_quintile", "NEET and unknown position", "quintile", Measure.RANK,
            Polarity.LOWER_BETTER, "Theme", List.of("NEET"), null, null, null);

    private static Target quintileTarget(double value) {
        return new Target("neet_quintile", "lbbd", "quintile",
                new Target.Steps(List.of(new Target.Step(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31), value))),
                Tolerance.absolute(1), "Illustrative", null);
    }

    @Test
    void aQuintileReadsAsAPositionAndItsGapAsBetterOrWorse() {
        IndicatorStatus status = StatusEvaluator.at(NEET, "lbbd", Indicators.quarterly(LocalDate.of(2017, 6, 30), 4, 2), quintileTarget(1));

        // was: "NEET and unknown position 2 quintile is 1 above the target of 1 (amber within ±1)"
        assertThat(StatusWords.summary(status)).isEqualTo(
                "NEET and unknown position 2nd quintile is 1 quintile worse than the target of the 1st quintile (amber within \u00b11); "
                        + "improving since the previous period");
    }

    @Test
    void aQuintileBeyondItsTargetIsBetterByPlaces() {
        IndicatorStatus status = StatusEvaluator.at(NEET, "lbbd", Indicators.quarterly(LocalDate.of(2017, 6, 30), 1), quintileTarget(3));

        assertThat(StatusWords.summary(status)).startsWith("NEET and unknown position 1st quintile is 2 quintiles better than the target of the 3rd quintile");
    }

    @ParameterizedTest
    @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "21, 21st", "22, 22nd", "101, 101st", "111, 111th"})
    void ordinalsFollowEnglish(double n, String expected) {
        assertThat(StatusWords.ordinal(n)).isEqualTo(expected);
    }

    @Test
    void aFractionalQuintileStaysANumber() {
        assertThat(StatusWords.quantity(2.5, "quintile")).isEqualTo("2.5 quintile");
        assertThat(StatusWords.quantity(650, "tickets per week")).isEqualTo("650 tickets per week");
    }
}
