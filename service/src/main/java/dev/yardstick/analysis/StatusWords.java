package dev.yardstick.analysis;

import dev.yardstick.catalogue.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A status in words, for alerts and challenge sessions. */
public final class StatusWords {

    private StatusWords() {
    }

    /**
     * E.g. "Under-18 conception rate 32.0 per 1,000 is 4.0 above the target of 28.0 (red beyond
     * ±2.0); worsening for 2 quarters".
     */
    public static String summary(IndicatorStatus s) {
        StringBuilder out = new StringBuilder(s.indicator().name()).append(' ').append(quantity(s.value(), s.indicator().unit()));
        TargetComparison c = s.comparison();
        if (c != null) {
            Polarity polarity = s.indicator().polarity();
            String unit = s.indicator().unit();
            if (c.gap() == 0) {
                out.append(" is on the target of ").append(targetValue(c.target(), unit));
            } else if (isOrdinal(unit, c.value()) && isOrdinal(unit, c.target()) && polarity != Polarity.NEUTRAL) {
                // "2nd quintile is 1 above the target of 1": above or below reads the wrong way round for a rank
                boolean better = polarity == Polarity.HIGHER_BETTER ? c.gap() > 0 : c.gap() < 0;
                double places = Math.abs(c.gap());
                out.append(" is ").append(number(places)).append(' ').append(places == 1 ? unit : unit + "s")
                        .append(better ? " better than" : " worse than").append(" the target of the ").append(ordinal(c.target()))
                        .append(' ').append(unit);
            } else {
                out.append(" is ").append(number(Math.abs(c.gap()))).append(c.gap() > 0 ? " above" : " below")
                        .append(" the target of ").append(targetValue(c.target(), unit));
            }
            out.append(" (").append(c.rag().label());
            if (c.rag() == Rag.RED) {
                out.append(" beyond ");
            } else if (c.rag() == Rag.AMBER) {
                out.append(" within ");
            } else {
                out.append(polarity == Polarity.NEUTRAL ? " within " : ", tolerance ");
            }
            out.append('\u00b1').append(number(c.band())).append(')');
        } else {
            out.append(" has no target in force on ").append(s.date());
        }
        if (s.worseningPeriods() > 0) {
            out.append("; worsening for ").append(s.worseningPeriods()).append(s.worseningPeriods() == 1 ? " period" : " periods");
        } else if (s.previous() != null) {
            out.append("; ").append(s.direction().label()).append(" since the previous period");
        }
        return out.toString();
    }

    /** Every reason the status calls for attention on {@code asOf}; empty when none. */
    public static List<String> reasons(IndicatorStatus s, LocalDate asOf) {
        List<String> out = new ArrayList<>();
        if (s.rag() == Rag.RED) {
            out.add(summary(s));
        }
        if (s.forecastMiss()) {
            Forecast f = s.targetForecast();
            out.add(s.indicator().name() + " is forecast to miss its target of " + number(s.target().valueAt(f.date()).orElseThrow())
                    + " by " + f.date() + ": the trend gives " + number(f.value()) + " (95% interval " + number(f.lower())
                    + " to " + number(f.upper()) + ")");
        }
        if (s.spcConcern()) {
            out.add(s.indicator().name() + " shows special-cause variation of concern (" + s.spc().signalLabel().replace('_', ' ')
                    + ", mean " + number(s.spc().mean()) + ", limits " + number(s.spc().lowerLimit()) + " to "
                    + number(s.spc().upperLimit()) + ")");
        }
        // A provisional indicator is a suggestion nobody has adopted: it raises no alert (README),
        // and the service writes no freshness for it, so Grafana's stale rule agrees.
        if (s.staleOn(asOf) && !s.indicator().provisional()) {
            out.add(s.indicator().name() + " has had no new value since " + s.date() + "; one was expected every "
                    + interval(s) + "");
        }
        return out;
    }

    private static String interval(IndicatorStatus s) {
        var p = s.target() == null ? dev.yardstick.catalogue.Target.QUARTERLY : s.target().reportingInterval();
        return p.equals(java.time.Period.ofMonths(3)) ? "quarter" : p.equals(java.time.Period.ofMonths(1)) ? "month"
                : p.equals(java.time.Period.ofYears(1)) ? "year" : p.toString();
    }

    static String quantity(double value, String unit) {
        if (isOrdinal(unit, value)) {
            return ordinal(value) + " " + unit;
        }
        return "%".equals(unit) ? number(value) + "%" : number(value) + " " + unit;
    }

    private static String targetValue(double target, String unit) {
        return isOrdinal(unit, target) ? "the " + ordinal(target) + " " + unit : number(target);
    }

    /** Units that name a position among equal groups ("the 2nd quintile"), for whole positive values. */
    private static final java.util.Set<String> ORDINAL_UNITS = java.util.Set.of("quintile", "quartile", "decile", "percentile", "centile",
            "tercile");

    static boolean isOrdinal(String unit, double value) {
        return ORDINAL_UNITS.contains(unit) && value >= 1 && value == Math.rint(value);
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st. */
    static String ordinal(double value) {
        long n = (long) value;
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static final ThreadLocal<DecimalFormat> WHOLE = UkNumbers.format("#,##0");
    private static final ThreadLocal<DecimalFormat> DECIMAL = UkNumbers.format("#,##0.0#");

    /** At most two decimals, at least one when the value is not whole; thousands grouped. */
    static String number(double v) {
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() <= 0 ? WHOLE : DECIMAL).get().format(rounded);
    }
}
