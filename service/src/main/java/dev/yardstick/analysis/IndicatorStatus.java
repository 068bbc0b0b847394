package dev.yardstick.analysis;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Target;
import java.time.LocalDate;
import java.time.Period;

/**
 * Where one indicator of one organisation stands at one period end.
 *
 * @param comparison       against the target in force at {@code date}; null without one
 * @param previous         the value of the latest earlier period as long as this one; null when none
 * @param worseningPeriods how many consecutive changes between periods of this length, up to this one, were for the worse
 * @param trend            least-squares trend; null with fewer than {@link Trend#MIN_POINTS} points
 * @param nextForecast     trend forecast for the next quarter end; null without a trend
 * @param targetForecast   trend forecast at the target date, when that is still ahead; else null
 * @param forecastMiss     the prediction interval at the target date lies wholly on the wrong side
 * @param spc              XmR chart; null with fewer than {@link Spc#MIN_POINTS} points
 * @param assurance        Making Data Count assurance against the target; NONE without SPC or target
 */
public record IndicatorStatus(Indicator indicator, String organisation, LocalDate date, double value, Double previous,
                              Target target, TargetComparison comparison, Direction direction, int worseningPeriods,
                              Trend trend, Forecast nextForecast, Forecast targetForecast, boolean forecastMiss,
                              Spc spc, Spc.Assurance assurance) {

    public Rag rag() {
        return comparison == null ? null : comparison.rag();
    }

    /** Special cause of concern at the latest point. */
    public boolean spcConcern() {
        return spc != null && spc.variation() == Spc.Variation.SPECIAL_CAUSE_CONCERN;
    }

    /**
     * No new value for longer than expected: the reporting interval for the period itself plus one
     * more for the report on it to arrive (a quarter's figures come in the next quarter's update).
     */
    public boolean staleOn(LocalDate asOf) {
        return asOf.isAfter(dueBy());
    }

    /** The last day by which the next value was due: two reporting intervals after this period's end. */
    public LocalDate dueBy() {
        Period interval = target == null ? Target.QUARTERLY : target.reportingInterval();
        if (date.getDayOfMonth() == date.lengthOfMonth()) {
            // month ends stay month ends: 30 September plus two quarters is 31 March, not 30 March
            return date.withDayOfMonth(1).plus(interval).plus(interval).with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
        }
        return date.plus(interval).plus(interval);
    }
}
