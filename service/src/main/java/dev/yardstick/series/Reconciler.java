package dev.yardstick.series;

import dev.yardstick.extract.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses one value per period end from all observations of one indicator and organisation.
 *
 * <p>The rule of precedence, in order:
 * <ol>
 *   <li>only values of the indicator's own history take part: {@code actual}, {@code prior} and
 *       {@code derived}. Targets and forecasts are not values of a period that has happened;
 *       they stay in the {@code observation} series;</li>
 *   <li>{@code actual} beats {@code prior} beats {@code derived}: a value reported for its own
 *       period is the primary record, an earlier value stated exactly in a later update comes
 *       next, a value computed from a stated change ("dropped by 4%") comes last;</li>
 *   <li>within a kind, the most recent update wins, since later updates carry revisions;</li>
 *   <li>then an exact value beats a hedged one ("over 7000");</li>
 *   <li>then the shorter period (a quarter over the year to date ending the same day);</li>
 *   <li>then the earlier position in its update.</li>
 * </ol>
 */
public final class Reconciler {

    private static final Comparator<RecordedObservation> PRECEDENCE = Comparator
            .comparingInt((RecordedObservation o) -> rank(o.kind()))
            .thenComparing(RecordedObservation::report, Comparator.reverseOrder())
            .thenComparing(o -> !o.exact())
            .thenComparingLong(o -> ChronoUnit.DAYS.between(o.periodStart(), o.periodEnd()))
            .thenComparingInt(RecordedObservation::seq);

    private Reconciler() {
    }

    /** One value per period end, in time order. */
    public static List<ReconciledValue> reconcile(List<RecordedObservation> observations) {
        Map<LocalDate, List<RecordedObservation>> byEnd = new TreeMap<>();
        for (RecordedObservation o : observations) {
            if (rank(o.kind()) < Integer.MAX_VALUE) {
                byEnd.computeIfAbsent(o.periodEnd(), k -> new ArrayList<>()).add(o);
            }
        }
        List<ReconciledValue> out = new ArrayList<>(byEnd.size());
        for (List<RecordedObservation> same : byEnd.values()) {
            same.sort(PRECEDENCE);
            out.add(new ReconciledValue(same.get(0), same.size() - 1));
        }
        return out;
    }

    private static int rank(Kind kind) {
        return switch (kind) {
            case ACTUAL -> 0;
            case PRIOR -> 1;
            case DERIVED -> 2;
            case TARGET, FORECAST -> Integer.MAX_VALUE;
        };
    }
}
