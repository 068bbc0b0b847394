package dev.yardstick.extract;

import java.util.Objects;

/**
 * A number recognised in a sentence, with its unit and qualifier.
 *
 * @param value     the value, multipliers applied (£11.1m = 11100000)
 * @param unit      measure and unit label
 * @param qualifier how exactly it is stated
 * @param text      the quantity as written ("just over £115k")
 * @param start     offset of {@code text} in its sentence
 * @param end       offset just past {@code text}
 * @param change    set when the quantity is a change rather than a level
 */
public record Quantity(double value, Unit unit, Qualifier qualifier, String text, int start, int end, Change change) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity value must be finite: " + text);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + text);
        }
    }

    public boolean isChange() {
        return change != null;
    }

    public Quantity withChange(Change c) {
        return new Quantity(value, unit, qualifier, text, start, end, c);
    }

    /** Unit label as shown to people; a change says so ("% change"). */
    public String unitLabel() {
        return change == null ? unit.label() : unit.label() + " change";
    }
}
