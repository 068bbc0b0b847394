package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.Objects;

/**
 * One dated, classified quantity with the evidence it came from.
 *
 * @param quantity   the value as recognised
 * @param kind       actual, prior, target, forecast or derived
 * @param scope      the council's own value, or a comparator or breakdown quoted beside it
 * @param period     the period the value describes; null only for a value of an update that names no period
 *                   ({@link dev.yardstick.document.UpdateDocument#dated()}) whose own words give none
 * @param sentence   the whole sentence, stitched across page breaks and whitespace-normalised
 * @param heading    the sub-heading the sentence sits under within its row ("Teen pregnancy"), or ""
 * @param provenance document, row and column
 * @param derivation for {@link Kind#DERIVED}: the arithmetic and the rule used; otherwise null
 * @param label      the measure's name where the document states it apart from prose (a figures
 *                   table's row name, with the heading of a column of categories), else null: the
 *                   words of the sentence then say what the value measures
 */
public record Observation(Quantity quantity, Kind kind, Scope scope, ReportingPeriod period, String sentence, String heading,
                          Provenance provenance, String derivation, String label) {

    /** An observation found in prose: its sentence says what it measures. */
    public Observation(Quantity quantity, Kind kind, Scope scope, ReportingPeriod period, String sentence, String heading,
                       Provenance provenance, String derivation) {
        this(quantity, kind, scope, period, sentence, heading, provenance, derivation, null);
    }

    /** The same observation for another period (null: none known). */
    public Observation withPeriod(ReportingPeriod other) {
        return new Observation(quantity, kind, scope, other, sentence, heading, provenance, derivation, label);
    }

    public Observation {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(provenance, "provenance");
        if ((kind == Kind.DERIVED) != (derivation != null)) {
            throw new IllegalArgumentException("a derivation is required for, and only for, derived observations");
        }
    }
}
