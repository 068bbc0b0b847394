package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.Objects;

/**
 * One dated, classified quantity with the evidence it came from.
 *
 * @param quantity   the value as recognised
 * @param kind       actual, prior, target, forecast or derived
 * @param scope      the council's own value, or a comparator or breakdown quoted beside it
 * @param period     the period the value describes
 * @param sentence   the whole sentence, stitched across page breaks and whitespace-normalised
 * @param heading    the sub-heading the sentence sits under within its row ("Teen pregnancy"), or ""
 * @param provenance document, row and column
 * @param derivation for {@link Kind#DERIVED}: the arithmetic and the rule used; otherwise null
 */
public record Observation(Quantity quantity, Kind kind, Scope scope, ReportingPeriod period, String sentence, String heading,
                          Provenance provenance, String derivation) {

    public Observation {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(provenance, "provenance");
        if ((kind == Kind.DERIVED) != (derivation != null)) {
            throw new IllegalArgumentException("a derivation is required for, and only for, derived observations");
        }
    }
}
