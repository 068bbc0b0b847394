package dev.yardstick.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The target for one indicator and organisation: a value in force at each date, either a step
 * series of periods or a trajectory, with a tolerance band and where the target comes from.
 *
 * @param indicator    catalogue id
 * @param organisation the council it applies to
 * @param unit         unit of the target values; must be the indicator's
 * @param line         the values in force over time
 * @param tolerance    amber band beyond the target
 * @param source       where the target comes from; illustrative targets say so
 * @param reportingInterval how often a new value is expected; longer than this plus one more
 *                     interval for the report to arrive, and the indicator is stale
 */
public record Target(String indicator, String organisation, String unit, TargetLine line, Tolerance tolerance, String source,
                     java.time.Period reportingInterval) {

    public static final java.time.Period QUARTERLY = java.time.Period.ofMonths(3);

    public Target {
        reportingInterval = reportingInterval == null ? QUARTERLY : reportingInterval;
        if (reportingInterval.isNegative() || reportingInterval.isZero()) {
            throw new IllegalArgumentException("reporting_interval must be positive, e.g. P3M");
        }
        Objects.requireNonNull(line, "target values");
        Objects.requireNonNull(tolerance, "tolerance");
        if (indicator == null || indicator.isBlank() || organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("a target needs an indicator and an organisation");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a target needs a source: where it comes from, or 'Illustrative: ...'");
        }
    }

    public OptionalDouble valueAt(LocalDate date) {
        return line.valueAt(date);
    }

    /** The date the target is to be met by: the end of its last period, or of its trajectory. */
    public LocalDate targetDate() {
        return line.end();
    }

    /** True when the source line says the target is illustrative, not adopted. */
    public boolean illustrative() {
        return source.toLowerCase(java.util.Locale.ROOT).startsWith("illustrative");
    }

    /** The values in force over time. */
    public sealed interface TargetLine permits Steps, Trajectory {
        OptionalDouble valueAt(LocalDate date);

        LocalDate start();

        LocalDate end();

        /** Dates at which the line should be drawn: every change and every quarter end within it. */
        List<LocalDate> drawingDates();
    }

    /** One value in force over a closed period. */
    public record Step(LocalDate from, LocalDate to, double value) {
        public Step {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("target period " + from + ".." + to + " ends before it starts");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("target value must be a number");
            }
        }
    }

    /** Targets per period; periods may leave gaps but must not overlap. */
    public record Steps(List<Step> steps) implements TargetLine {
        public Steps {
            if (steps == null || steps.isEmpty()) {
                throw new IllegalArgumentException("a step target needs at least one period");
            }
            steps = steps.stream().sorted(java.util.Comparator.comparing(Step::from)).toList();
            for (int i = 1; i < steps.size(); i++) {
                Step a = steps.get(i - 1);
                Step b = steps.get(i);
                if (!b.from().isAfter(a.to())) {
                    throw new IllegalArgumentException("target periods overlap: " + a.from() + ".." + a.to() + " and "
                            + b.from() + ".." + b.to() + "; make each period end before the next starts");
                }
            }
        }

        @Override
        public OptionalDouble valueAt(LocalDate date) {
            for (Step s : steps) {
                if (!date.isBefore(s.from()) && !date.isAfter(s.to())) {
                    return OptionalDouble.of(s.value());
                }
            }
            return OptionalDouble.empty();
        }

        @Override
        public LocalDate start() {
            return steps.get(0).from();
        }

        @Override
        public LocalDate end() {
            return steps.get(steps.size() - 1).to();
        }

        @Override
        public List<LocalDate> drawingDates() {
            java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
            for (Step s : steps) {
                dates.add(s.from());
                dates.addAll(Quarters.endsBetween(s.from(), s.to()));
                dates.add(s.to());
            }
            return List.copyOf(dates);
        }
    }

    /**
     * A straight line from a start value to an end value, held per financial quarter: the value
     * in force on any date is the line's value at the end of that date's quarter, so the target
     * steps once a quarter as reports do.
     */
    public record Trajectory(LocalDate startDate, double startValue, LocalDate endDate, double endValue) implements TargetLine {
        public Trajectory {
            Objects.requireNonNull(startDate, "start date");
            Objects.requireNonNull(endDate, "end date");
            if (!endDate.isAfter(startDate)) {
                throw new IllegalArgumentException("trajectory must end after it starts: " + startDate + " to " + endDate);
            }
            if (!Double.isFinite(startValue) || !Double.isFinite(endValue)) {
                throw new IllegalArgumentException("trajectory values must be numbers");
            }
        }

        @Override
        public OptionalDouble valueAt(LocalDate date) {
            if (date.isBefore(startDate) || date.isAfter(endDate)) {
                return OptionalDouble.empty();
            }
            LocalDate quarterEnd = Quarters.endOf(date);
            LocalDate at = quarterEnd.isAfter(endDate) ? endDate : quarterEnd;
            double fraction = (double) (at.toEpochDay() - startDate.toEpochDay()) / (endDate.toEpochDay() - startDate.toEpochDay());
            return OptionalDouble.of(startValue + fraction * (endValue - startValue));
        }

        @Override
        public LocalDate start() {
            return startDate;
        }

        @Override
        public LocalDate end() {
            return endDate;
        }

        @Override
        public List<LocalDate> drawingDates() {
            java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>(Quarters.endsBetween(startDate, endDate));
            dates.add(startDate);
            dates.add(endDate);
            return List.copyOf(dates);
        }
    }
}
