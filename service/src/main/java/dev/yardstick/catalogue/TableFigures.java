package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Quantity;
import java.time.LocalDate;

/**
 * A figure a report gives in a table and again in its prose ("Educational and Social Services
 * (excluding teachers) | 6.07%" and "Absence among Educational and Social Services staff,
 * excluding teachers, was 6.07%") is one measure, named once. Only a figure unlikely to recur by
 * chance counts: one with decimals, or a whole number of three figures or more that is not round.
 */
final class TableFigures {

    record Key(double value, Measure measure, LocalDate start, LocalDate end) {
    }

    private TableFigures() {
    }

    static Key key(Observation o) {
        return new Key(o.quantity().value(), o.quantity().unit().measure(), o.period().start(), o.period().end());
    }

    static boolean distinctive(Quantity q) {
        double v = Math.abs(q.value());
        boolean decimals = v != Math.rint(v);
        return decimals && v >= 1 || !decimals && v >= 100 && v % 10 != 0;
    }
}
