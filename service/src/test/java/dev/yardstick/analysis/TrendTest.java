package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checked against ordinary least squares computed here from the textbook formulas. */
class TrendTest {

    private static final List<SeriesPoint> SERIES = Indicators.quarterly(LocalDate.of(2017, 3, 31), 10, 12, 15, 15);

    @Test
    void slopeStandardErrorAndRSquaredMatchTheTextbookFormulas() {
        double[] x = SERIES.stream().mapToDouble(p -> (p.date().toEpochDay() - SERIES.get(0).date().toEpochDay()) / 91.3125).toArray();
        double[] y = {10, 12, 15, 15};
        double mx = (x[0] + x[1] + x[2] + x[3]) / 4;
        double my = 13;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < 4; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (int i = 0; i < 4; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            sse += r * r;
        }
        double s = Math.sqrt(sse / 2);

        Trend trend = Trend.of(SERIES);

        assertThat(trend.slopePerQuarter()).isCloseTo(slope, within(1e-9));
        assertThat(trend.slopeStdErr()).isCloseTo(s / Math.sqrt(sxx), within(1e-9));
        assertThat(trend.rSquared()).isCloseTo(1 - sse / syy, within(1e-9));

        // 95% prediction interval one quarter after the last point; t(0.975, 2 df) = 4.302653 from tables
        LocalDate next = LocalDate.of(2018, 3, 31);
        double x0 = (next.toEpochDay() - SERIES.get(0).date().toEpochDay()) / 91.3125;
        double fit = intercept + slope * x0;
        double half = 4.302653 * s * Math.sqrt(1 + 0.25 + (x0 - mx) * (x0 - mx) / sxx);
        Forecast f = trend.forecast(next);
        assertThat(f.value()).isCloseTo(fit, within(1e-9));
        assertThat(f.lower()).isCloseTo(fit - half, within(1e-4));
        assertThat(f.upper()).isCloseTo(fit + half, within(1e-4));
    }

    @Test
    void fewerThanThreePointsHaveNoTrend() {
        assertThat(Trend.of(SERIES.subList(0, 2))).isNull();
    }

    @Test
    void pointsOnAStraightLineForecastExactlyWithNoWidth() {
        Trend trend = Trend.of(Indicators.quarterly(LocalDate.of(2017, 3, 31), 5, 5, 5));

        assertThat(trend.slopePerQuarter()).isZero();
        Forecast f = trend.forecast(LocalDate.of(2018, 3, 31));
        assertThat(f.value()).isCloseTo(5, within(1e-9));
        assertThat(f.upper() - f.lower()).isCloseTo(0, within(1e-9));
    }
}
