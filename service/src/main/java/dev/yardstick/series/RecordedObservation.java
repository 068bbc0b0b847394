package dev.yardstick.series;

import dev.yardstick.extract.Kind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An observation as recorded for an indicator, with what reconciliation needs to rank it.
 *
 * @param report   the update it came from, as its quarter ({@code 2017-18-Q2}); sorts in time order
 * @param seq      its position in that update
 * @param exact    whether it was stated without a hedge ("over", "approximately")
 */
public record RecordedObservation(String organisation, String indicator, Kind kind, double value, String unit,
                                  boolean exact, LocalDate periodStart, LocalDate periodEnd, String report, int seq,
                                  String source, String sentence, String theme, String director) {

    public RecordedObservation {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(report, "report");
    }
}
