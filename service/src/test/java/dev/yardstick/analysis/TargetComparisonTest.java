package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetComparisonTest {

    @ParameterizedTest(name = "higher is better: {0} against 100 ±5 is {1}")
    @CsvSource({"105, GREEN", "100, GREEN", "96, AMBER", "95, AMBER", "94.9, RED", "50, RED"})
    void ragForHigherIsBetterWithAbsoluteTolerance(double value, Rag expected) {
        assertThat(TargetComparison.of(value, 100, Tolerance.absolute(5), Polarity.HIGHER_BETTER).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better: {0} against 28 ±2 is {1}")
    @CsvSource({"27.1, GREEN", "28, GREEN", "29, AMBER", "30, AMBER", "30.1, RED", "32, RED"})
    void ragForLowerIsBetterWithAbsoluteTolerance(double value, Rag expected) {
        assertThat(TargetComparison.of(value, 28, Tolerance.absolute(2), Polarity.LOWER_BETTER).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "5% of 200: {0} is {1}")
    @CsvSource({"200, GREEN", "190, AMBER", "189.99, RED"})
    void percentToleranceIsAShareOfTheTarget(double value, Rag expected) {
        assertThat(TargetComparison.of(value, 200, Tolerance.percent(5), Polarity.HIGHER_BETTER).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "neutral: {0} against 50 ±5 is {1}")
    @CsvSource({"50, GREEN", "45, GREEN", "55, GREEN", "56, AMBER", "10, AMBER"})
    void neutralIndicatorIsNeverRed(double value, Rag expected) {
        assertThat(TargetComparison.of(value, 50, Tolerance.absolute(5), Polarity.NEUTRAL).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} - {1} at the edge of a {2} band is amber")
    @CsvSource({"28.2, 28.0, 0.2", "0.3, 0.1, 0.2", "91.1, 90.0, 1.1"})
    void valueExactlyAtTheToleranceEdgeIsAmberDespiteBinaryRounding(double value, double target, double band) {
        assertThat(TargetComparison.of(value, target, Tolerance.absolute(band), Polarity.LOWER_BETTER).rag()).isEqualTo(Rag.AMBER);
    }

    @org.junit.jupiter.api.Test
    void gapIsValueMinusTargetAndItsPercentOfTheTarget() {
        TargetComparison c = TargetComparison.of(32, 28, Tolerance.absolute(2), Polarity.LOWER_BETTER);

        assertThat(c.gap()).isEqualTo(4.0);
        assertThat(c.gapPercent()).isCloseTo(100.0 * 4 / 28, within(1e-12));
        assertThat(c.band()).isEqualTo(2.0);
        assertThat(c.rag().number()).isEqualTo(2);
    }
}
