package dev.yardstick.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One value of an indicator's reconciled series: the period it describes, from {@code start} to
 * {@code date} (its last day, where the point sits on the time axis).
 */
public record SeriesPoint(LocalDate start, LocalDate date, double value) {
    public SeriesPoint {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(date, "date");
        if (start.isAfter(date)) {
            throw new IllegalArgumentException("series period starts " + start + ", after it ends " + date);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("series value must be a finite number, was " + value);
        }
    }

    /**
     * Whether the two periods are as long as each other, so their values can be compared: as many
     * whole calendar months (a quarter with a quarter, a year with a year, whatever the months'
     * lengths), otherwise as many days. A quarter's count against a whole year's is not a change.
     */
    public boolean sameLengthAs(SeriesPoint other) {
        long months = wholeMonths();
        return months > 0 ? months == other.wholeMonths() : other.wholeMonths() == 0 && days() == other.days();
    }

    private long wholeMonths() {
        boolean monthAligned = start.getDayOfMonth() == 1 && date.getDayOfMonth() == date.lengthOfMonth();
        return monthAligned ? Period.between(start, date.plusDays(1)).toTotalMonths() : 0;
    }

    private long days() {
        return date.toEpochDay() - start.toEpochDay() + 1;
    }
}
