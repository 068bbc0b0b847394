package dev.yardstick.series;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.extract.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final LocalDate Q1_START = LocalDate.of(2017, 4, 1);
    private static final LocalDate Q1_END = LocalDate.of(2017, 6, 30);

    private static RecordedObservation obs(Kind kind, double value, String report, boolean exact, LocalDate start, int seq) {
        return new RecordedObservation("lbbd", "teen_pregnancy_rate", kind, value, "per 1,000", exact, start, Q1_END,
                report, seq, report + ".txt", "sentence", "Health", "A Director");
    }

    @Test
    void actualBeatsPriorBeatsDerivedForTheSamePeriod() {
        var derived = obs(Kind.DERIVED, 28.2, "2017-18-Q2", false, Q1_START, 1);
        var prior = obs(Kind.PRIOR, 28.0, "2017-18-Q3", true, Q1_START, 1);
        var actual = obs(Kind.ACTUAL, 28.3, "2017-18-Q1", true, Q1_START, 1);

        List<ReconciledValue> values = Reconciler.reconcile(List.of(derived, prior, actual));

        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.chosen()).isEqualTo(actual);
            assertThat(v.alternatives()).isEqualTo(2);
        });
        assertThat(Reconciler.reconcile(List.of(derived, prior)).get(0).chosen()).isEqualTo(prior);
    }

    @Test
    void laterUpdateWinsWithinAKind() {
        var first = obs(Kind.ACTUAL, 28.3, "2017-18-Q1", true, Q1_START, 1);
        var revised = obs(Kind.ACTUAL, 28.1, "2017-18-Q2", true, Q1_START, 9);

        assertThat(Reconciler.reconcile(List.of(first, revised)).get(0).chosen()).isEqualTo(revised);
    }

    @Test
    void exactBeatsHedgedThenShorterPeriodWins() {
        var hedged = obs(Kind.ACTUAL, 7000, "2019-20-Q2", false, Q1_START, 1);
        var exact = obs(Kind.ACTUAL, 7012, "2019-20-Q2", true, Q1_START, 2);
        var yearToDate = obs(Kind.ACTUAL, 9000, "2019-20-Q2", true, LocalDate.of(2017, 1, 1), 3);

        assertThat(Reconciler.reconcile(List.of(hedged, exact, yearToDate)).get(0).chosen()).isEqualTo(exact);
    }

    @Test
    void targetsAndForecastsAreNotHistory() {
        var target = obs(Kind.TARGET, 25, "2017-18-Q2", true, Q1_START, 1);
        var forecast = obs(Kind.FORECAST, 26, "2017-18-Q2", true, Q1_START, 2);

        assertThat(Reconciler.reconcile(List.of(target, forecast))).isEmpty();
    }

    @Test
    void onePointPerPeriodEndInTimeOrder() {
        var q1 = obs(Kind.ACTUAL, 28.2, "2017-18-Q2", true, Q1_START, 1);
        var q2 = new RecordedObservation("lbbd", "teen_pregnancy_rate", Kind.ACTUAL, 27.1, "per 1,000", true,
                LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30), "2017-18-Q2", 2, "s", "s", "Health", "A Director");

        assertThat(Reconciler.reconcile(List.of(q2, q1))).extracting(v -> v.chosen().value()).containsExactly(28.2, 27.1);
    }
}
