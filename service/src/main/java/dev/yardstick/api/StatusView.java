package dev.yardstick.api;

import dev.yardstick.analysis.Forecast;
import dev.yardstick.analysis.IndicatorStatus;
import dev.yardstick.analysis.StatusWords;
import dev.yardstick.store.Assessed;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator's status as the API serves it: flat, with null where something does not apply
 * (no target, too few points for a trend or SPC).
 */
record StatusView(String indicator, String name, String organisation, String theme, String director, String unit,
                  String polarity, LocalDate date, double value, Double previous, Double target, Double gap,
                  Double gapPercent, Double tolerance, String rag, Integer ragNumber, String direction,
                  int worseningPeriods, Double slopePerQuarter, Double slopeStdErr, Double rSquared,
                  Forecast forecastNext, Forecast forecastAtTarget, boolean forecastMiss, Spc spc, String assurance,
                  boolean stale, String targetSource, Boolean targetIllustrative, String summary, List<String> reasons) {

    record Spc(double mean, double lowerLimit, double upperLimit, String signal, String variation) {
    }

    static StatusView of(Assessed a, LocalDate today) {
        IndicatorStatus s = a.status();
        var c = s.comparison();
        var t = s.trend();
        return new StatusView(s.indicator().id(), s.indicator().name(), s.organisation(), a.theme(), a.director(),
                s.indicator().unit(), s.indicator().polarity().id(), s.date(), s.value(), s.previous(),
                c == null ? null : c.target(), c == null ? null : c.gap(),
                c == null || !Double.isFinite(c.gapPercent()) ? null : c.gapPercent(), c == null ? null : c.band(),
                c == null ? null : c.rag().label(), c == null ? null : c.rag().number(), s.direction().label(),
                s.worseningPeriods(), t == null ? null : t.slopePerQuarter(), t == null ? null : finite(t.slopeStdErr()),
                t == null ? null : t.rSquared(), s.nextForecast(), s.targetForecast(), s.forecastMiss(),
                s.spc() == null ? null : new Spc(s.spc().mean(), s.spc().lowerLimit(), s.spc().upperLimit(),
                        s.spc().signalLabel(), s.spc().variation().label()),
                s.assurance().label(), s.staleOn(today), s.target() == null ? null : s.target().source(),
                s.target() == null ? null : s.target().illustrative(), StatusWords.summary(s), StatusWords.reasons(s, today));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
