package dev.yardstick.analysis;

import java.time.LocalDate;
import java.util.Objects;

/** One value of an indicator's reconciled series, at the end of the period it describes. */
public record SeriesPoint(LocalDate date, double value) {
    public SeriesPoint {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("series value must be a finite number, was " + value);
        }
    }
}
