package dev.yardstick.analysis;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least-squares trend of a series against time in quarters, with forecasts carrying 95%
 * prediction intervals: value ± t(0.975, n-2) · s · sqrt(1 + 1/n + (x0 - mean x)² / Sxx), the
 * textbook interval for a new observation (not the narrower one for the mean response).
 *
 * @param slopePerQuarter change per quarter (91.3125 days)
 * @param slopeStdErr     standard error of the slope
 * @param rSquared        share of variance the line explains
 */
public record Trend(int points, double slopePerQuarter, double slopeStdErr, double rSquared, double intercept,
                    LocalDate origin, double meanX, double sxx, double residualStdErr) {

    /** At least three points: two leave no degrees of freedom for the interval. */
    public static final int MIN_POINTS = 3;
    static final double DAYS_PER_QUARTER = 365.25 / 4;

    /** The trend of the series, or null with fewer than {@link #MIN_POINTS} points. */
    public static Trend of(List<SeriesPoint> series) {
        if (series.size() < MIN_POINTS) {
            return null;
        }
        LocalDate origin = series.get(0).date();
        SimpleRegression regression = new SimpleRegression(true);
        double sumX = 0;
        for (SeriesPoint p : series) {
            double x = quartersBetween(origin, p.date());
            regression.addData(x, p.value());
            sumX += x;
        }
        double slope = regression.getSlope();
        if (Double.isNaN(slope)) {
            return null; // every point on one date: no line to fit
        }
        double rSquared = regression.getRSquare();
        return new Trend(series.size(), slope, regression.getSlopeStdErr(), Double.isNaN(rSquared) ? 1.0 : rSquared,
                regression.getIntercept(), origin, sumX / series.size(), regression.getXSumSquares(),
                Math.sqrt(Math.max(0, regression.getMeanSquareError())));
    }

    /** t(0.975, df) by degrees of freedom: computing one costs far more than the regression. */
    private static final java.util.Map<Integer, Double> T_975 = new java.util.concurrent.ConcurrentHashMap<>();

    private static double tQuantile(int degreesOfFreedom) {
        // no random generator: the distribution is never sampled, and seeding one is the expensive part
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }

    static double quartersBetween(LocalDate from, LocalDate to) {
        return (to.toEpochDay() - from.toEpochDay()) / DAYS_PER_QUARTER;
    }

    /** The predicted value at {@code date}, with its 95% prediction interval. */
    public Forecast forecast(LocalDate date) {
        double x0 = quartersBetween(origin, date);
        double value = intercept + slopePerQuarter * x0;
        double t = T_975.computeIfAbsent(points - 2, Trend::tQuantile);
        double half = t * residualStdErr * Math.sqrt(1 + 1.0 / points + (x0 - meanX) * (x0 - meanX) / sxx);
        return new Forecast(date, value, value - half, value + half);
    }
}
