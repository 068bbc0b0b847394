package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.catalogue.Polarity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each Making Data Count rule on a series crafted to trip it, and only it. */
class SpcTest {

    private static List<SeriesPoint> series(double... values) {
        return Indicators.quarterly(LocalDate.of(2015, 3, 31), values);
    }

    @Test
    void meanAndProcessLimitsAreMeanPlusOrMinus266MeanMovingRanges() {
        // moving ranges 1,2,1,1,2,1,1,2,1,1,2: sum 15 over 11
        Spc spc = Spc.of(series(10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9), Polarity.HIGHER_BETTER);

        assertThat(spc.mean()).isCloseTo(10, within(1e-12));
        assertThat(spc.upperLimit()).isCloseTo(10 + 2.66 * 15 / 11, within(1e-12));
        assertThat(spc.lowerLimit()).isCloseTo(10 - 2.66 * 15 / 11, within(1e-12));
        assertThat(spc.signals()).isEmpty();
        assertThat(spc.variation()).isEqualTo(Spc.Variation.COMMON_CAUSE);
    }

    @Test
    void aPointOutsideTheLimitsIsSpecialCauseAndItsMeaningFollowsPolarity() {
        double[] values = {10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 20};

        Spc higher = Spc.of(series(values), Polarity.HIGHER_BETTER);
        Spc lower = Spc.of(series(values), Polarity.LOWER_BETTER);

        assertThat(higher.signals()).contains(Spc.Signal.OUTSIDE_LIMITS);
        assertThat(higher.variation()).isEqualTo(Spc.Variation.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(lower.variation()).isEqualTo(Spc.Variation.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void sevenPointsOnOneSideOfTheMeanAreAShift() {
        Spc spc = Spc.of(series(9, 11, 9, 11, 9, 10.6, 10.4, 10.6, 10.4, 10.6, 10.4, 10.6), Polarity.HIGHER_BETTER);

        assertThat(spc.signals()).isEqualTo(Set.of(Spc.Signal.SHIFT));
        assertThat(spc.variation()).isEqualTo(Spc.Variation.SPECIAL_CAUSE_IMPROVEMENT);
    }

    @Test
    void sixPointsOnOneSideAreNotYetAShift() {
        Spc spc = Spc.of(series(9, 11, 9, 11, 9, 9, 10.6, 10.4, 10.6, 10.4, 10.6, 10.4), Polarity.HIGHER_BETTER);

        assertThat(spc.signals()).doesNotContain(Spc.Signal.SHIFT);
    }

    @Test
    void sevenPointsEachHigherThanTheLastAreATrend() {
        Spc spc = Spc.of(series(8, 12, 8, 12, 8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5), Polarity.LOWER_BETTER);

        assertThat(spc.signals()).isEqualTo(Set.of(Spc.Signal.TREND));
        assertThat(spc.variation()).isEqualTo(Spc.Variation.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void twoOfThreePointsNearALimitAreSpecialCause() {
        // mean 10.333, upper limit 12.268, two thirds of the way 11.623: the last two points are beyond it
        Spc spc = Spc.of(series(10, 10.5, 9.5, 10, 10.5, 9.5, 10, 10.5, 9.5, 10, 12, 12), Polarity.HIGHER_BETTER);

        assertThat(spc.upperLimit()).isCloseTo(124.0 / 12 + 2.66 * 8 / 11, within(1e-9));
        assertThat(spc.signals()).isEqualTo(Set.of(Spc.Signal.TWO_OF_THREE_NEAR_LIMIT));
    }

    @Test
    void fewerThanTwelvePointsGiveNoChart() {
        assertThat(Spc.of(series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), Polarity.HIGHER_BETTER)).isNull();
    }

    @Test
    void assuranceComparesTheTargetWithTheProcessLimits() {
        Spc spc = Spc.of(series(10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9), Polarity.HIGHER_BETTER);
        // limits are 10 ± 3.627

        assertThat(spc.assurance(6, Polarity.HIGHER_BETTER)).isEqualTo(Spc.Assurance.CONSISTENTLY_PASSING);
        assertThat(spc.assurance(14, Polarity.HIGHER_BETTER)).isEqualTo(Spc.Assurance.CONSISTENTLY_FAILING);
        assertThat(spc.assurance(10, Polarity.HIGHER_BETTER)).isEqualTo(Spc.Assurance.HIT_AND_MISS);
        assertThat(spc.assurance(14, Polarity.LOWER_BETTER)).isEqualTo(Spc.Assurance.CONSISTENTLY_PASSING);
        assertThat(spc.assurance(6, Polarity.LOWER_BETTER)).isEqualTo(Spc.Assurance.CONSISTENTLY_FAILING);
    }
}
