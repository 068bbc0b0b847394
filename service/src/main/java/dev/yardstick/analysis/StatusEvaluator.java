package dev.yardstick.analysis;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.Quarters;
import dev.yardstick.catalogue.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Evaluates an indicator's series against its target: the status at each period end. */
public final class StatusEvaluator {

    private StatusEvaluator() {
    }

    /**
     * The status at every period end, each computed from the series up to that point only, as it
     * would have been judged then.
     */
    public static List<IndicatorStatus> history(Indicator indicator, String organisation, List<SeriesPoint> series, Target target) {
        List<SeriesPoint> sorted = series.stream().sorted(Comparator.comparing(SeriesPoint::date)).toList();
        List<IndicatorStatus> out = new ArrayList<>(sorted.size());
        for (int i = 1; i <= sorted.size(); i++) {
            out.add(at(indicator, organisation, sorted.subList(0, i), target));
        }
        return out;
    }

    /** The status at the last point of a series sorted by date. */
    public static IndicatorStatus at(Indicator indicator, String organisation, List<SeriesPoint> series, Target target) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no values for " + indicator.id() + " of " + organisation);
        }
        Polarity polarity = indicator.polarity();
        SeriesPoint latest = series.get(series.size() - 1);
        int before = previousOfSameLength(series, series.size() - 1);
        Double previous = before < 0 ? null : series.get(before).value();
        TargetComparison comparison = null;
        if (target != null) {
            OptionalDouble inForce = target.valueAt(latest.date());
            if (inForce.isPresent()) {
                comparison = TargetComparison.of(latest.value(), inForce.getAsDouble(), target.tolerance(), polarity);
            }
        }
        Trend trend = Trend.of(series);
        Forecast next = null;
        Forecast atTarget = null;
        boolean miss = false;
        if (trend != null) {
            next = trend.forecast(Quarters.endOf(latest.date().plusDays(1)));
            if (target != null && target.targetDate().isAfter(latest.date())) {
                atTarget = trend.forecast(target.targetDate());
                OptionalDouble goal = target.valueAt(target.targetDate());
                miss = goal.isPresent() && whollyOnWrongSide(atTarget, goal.getAsDouble(), polarity);
            }
        }
        Spc spc = Spc.of(series, polarity);
        Spc.Assurance assurance = spc != null && comparison != null ? spc.assurance(comparison.target(), polarity) : Spc.Assurance.NONE;
        return new IndicatorStatus(indicator, organisation, latest.date(), latest.value(), previous, target, comparison,
                direction(series, polarity), worseningPeriods(series, polarity), trend, next, atTarget, miss, spc, assurance);
    }

    private static boolean whollyOnWrongSide(Forecast f, double goal, Polarity polarity) {
        return switch (polarity) {
            case HIGHER_BETTER -> f.upper() < goal;
            case LOWER_BETTER -> f.lower() > goal;
            case NEUTRAL -> false;
        };
    }

    /**
     * Against the latest earlier period as long as the latest one: a quarter against a quarter,
     * never against a year to date or a whole year reported beside it.
     */
    static Direction direction(List<SeriesPoint> series, Polarity polarity) {
        int before = previousOfSameLength(series, series.size() - 1);
        return before < 0 ? Direction.NONE : step(series.get(before).value(), series.get(series.size() - 1).value(), polarity);
    }

    /** Index of the latest point before {@code i} describing a period as long as point i's; -1 when none. */
    static int previousOfSameLength(List<SeriesPoint> series, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (series.get(j).sameLengthAs(series.get(i)) && series.get(j).date().isBefore(series.get(i).date())) {
                return j;
            }
        }
        return -1;
    }

    private static Direction step(double before, double after, Polarity polarity) {
        double change = after - before;
        if (Math.abs(change) <= 1e-9 * Math.max(1.0, Math.abs(before))) {
            return Direction.STABLE;
        }
        return switch (polarity) {
            case HIGHER_BETTER -> change > 0 ? Direction.IMPROVING : Direction.WORSENING;
            case LOWER_BETTER -> change < 0 ? Direction.IMPROVING : Direction.WORSENING;
            case NEUTRAL -> change > 0 ? Direction.RISING : Direction.FALLING;
        };
    }

    /** Consecutive changes for the worse, up to the latest point, along the periods as long as the latest one. */
    static int worseningPeriods(List<SeriesPoint> series, Polarity polarity) {
        int run = 0;
        for (int i = series.size() - 1, before = previousOfSameLength(series, i); before >= 0; i = before, before = previousOfSameLength(series, i)) {
            if (step(series.get(before).value(), series.get(i).value(), polarity) != Direction.WORSENING) {
                break;
            }
            run++;
        }
        return run;
    }
}
