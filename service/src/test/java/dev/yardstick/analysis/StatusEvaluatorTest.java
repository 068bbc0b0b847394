package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.Target;
import dev.yardstick.catalogue.Tolerance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusEvaluatorTest {

    private static final Target TEEN_TARGET = new Target("teen_pregnancy_rate", "lbbd", "per 1,000",
            new Target.Steps(List.of(new Target.Step(LocalDate.of(2017, 4, 1), LocalDate.of(2019, 3, 31), 28.0))),
            Tolerance.absolute(2), "Illustrative", null);

    @Test
    void redLowerIsBetterIndicatorWorseningTwoQuartersReadsAsASentence() {
        List<SeriesPoint> series = Indicators.quarterly(LocalDate.of(2017, 6, 30), 29, 30.5, 32);

        IndicatorStatus status = StatusEvaluator.at(Indicators.teenPregnancy(), "lbbd", series, TEEN_TARGET);

        assertThat(status.rag()).isEqualTo(Rag.RED);
        assertThat(status.direction()).isEqualTo(Direction.WORSENING);
        assertThat(status.worseningPeriods()).isEqualTo(2);
        assertThat(StatusWords.summary(status)).isEqualTo(
                "Under-18 conception rate 32 per 1,000 is 4 above the target of 28 (red beyond \u00b12); worsening for 2 periods");
    }

    @Test
    void improvingIndicatorOnTargetIsGreen() {
        IndicatorStatus status = StatusEvaluator.at(Indicators.teenPregnancy(), "lbbd",
                Indicators.quarterly(LocalDate.of(2017, 6, 30), 28.2, 27.1), TEEN_TARGET);

        assertThat(status.rag()).isEqualTo(Rag.GREEN);
        assertThat(status.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(status.trend()).isNull();
    }

    @Test
    void risingRateIsForecastToMissALowerIsBetterTarget() {
        IndicatorStatus status = StatusEvaluator.at(Indicators.teenPregnancy(), "lbbd",
                Indicators.quarterly(LocalDate.of(2017, 6, 30), 28, 29, 30, 31), TEEN_TARGET);

        assertThat(status.targetForecast().date()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(status.targetForecast().lower()).isGreaterThan(28);
        assertThat(status.forecastMiss()).isTrue();
        assertThat(StatusWords.reasons(status, LocalDate.of(2018, 4, 1))).anyMatch(r -> r.contains("forecast to miss its target of 28"));
    }

    @Test
    void noisyFallingSeriesIsNotCalledAMiss() {
        IndicatorStatus status = StatusEvaluator.at(Indicators.teenPregnancy(), "lbbd",
                Indicators.quarterly(LocalDate.of(2017, 6, 30), 33, 26, 35, 27), TEEN_TARGET);

        assertThat(status.forecastMiss()).isFalse();
    }

    @Test
    void valueIsStaleOnceTwoReportingIntervalsHavePassed() {
        IndicatorStatus status = StatusEvaluator.at(Indicators.teenPregnancy(), "lbbd",
                Indicators.quarterly(LocalDate.of(2019, 9, 30), 27), TEEN_TARGET);

        assertThat(status.staleOn(LocalDate.of(2020, 3, 31))).isFalse();
        assertThat(status.staleOn(LocalDate.of(2020, 4, 1))).isTrue();
        assertThat(StatusWords.reasons(status, LocalDate.of(2020, 4, 1)))
                .containsExactly("Under-18 conception rate has had no new value since 2019-09-30; one was expected every quarter");
    }

    @Test
    void historyJudgesEachPeriodOnlyOnWhatWasKnownThen() {
        List<IndicatorStatus> history = StatusEvaluator.history(Indicators.teenPregnancy(), "lbbd",
                Indicators.quarterly(LocalDate.of(2017, 6, 30), 32, 29, 27), TEEN_TARGET);

        assertThat(history).extracting(IndicatorStatus::rag).containsExactly(Rag.RED, Rag.AMBER, Rag.GREEN);
        assertThat(history.get(0).previous()).isNull();
        assertThat(history.get(2).trend()).isNotNull();
    }
}
