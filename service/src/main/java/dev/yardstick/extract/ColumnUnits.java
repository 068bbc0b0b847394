package dev.yardstick.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a figures table's column heading gives the bare figures under it: "Per cent", "%";
 * money in pounds, thousands or millions ("£", "£000", "£'000s", "£k", "£m"). A money cell in
 * brackets is negative, as accounts write it: "(130)" under "Variance £000" is -£130,000.
 */
final class ColumnUnits {

    /** A column's unit and the multiple its figures are written in. */
    record Column(Unit unit, double multiple) {

        /** The cell's figure in the column's unit; a money figure in brackets is negative. */
        Quantity apply(Quantity q, boolean inBrackets) {
            if (q == null || q.unit().measure() != Measure.COUNT && q.unit().measure() != unit.measure()) {
                return signed(q, inBrackets);
            }
            boolean money = unit.measure() == Measure.MONEY;
            double value = q.unit().measure() == Measure.COUNT ? q.value() * multiple : q.value();
            return new Quantity(money && inBrackets ? -value : value, unit, q.qualifier(), q.text(), q.start(), q.end(), q.change());
        }
    }

    private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:%|per ?cent|percentage|proportion)\\s*$");
    /** "£000", "(£'000s)", "£k", "£ thousands", "£m", "£ millions", "£": the pounds a column's figures are counted in. */
    private static final Pattern POUNDS = Pattern.compile(
            "(?i)£\\s*(?:(')?\\s*(000)s?|(k)\\b|(thousands?)\\b|(m)\\b|(millions?)\\b|(?=\\s*\\)|\\s*$))");

    private ColumnUnits() {
    }

    /** The unit a column heading names, or null. */
    static Column of(String heading) {
        if (PERCENT.matcher(heading).matches()) {
            return new Column(new Unit(Measure.PERCENT, "%"), 1);
        }
        Matcher m = POUNDS.matcher(heading);
        if (!m.find()) {
            return null;
        }
        boolean thousands = m.group(2) != null || m.group(3) != null || m.group(4) != null;
        boolean millions = m.group(5) != null || m.group(6) != null;
        return new Column(Unit.GBP, thousands ? 1_000 : millions ? 1_000_000 : 1);
    }

    /** A cell that is one figure in brackets: "(130)", "(£0.150m)". */
    static boolean inBrackets(String cell) {
        String c = cell.strip();
        return c.length() > 2 && c.charAt(0) == '(' && c.charAt(c.length() - 1) == ')' && c.indexOf('(', 1) < 0;
    }

    /** A sum of money in brackets is taken off: negative. */
    static Quantity signed(Quantity q, boolean inBrackets) {
        if (q == null || !inBrackets || q.unit().measure() != Measure.MONEY || q.value() < 0) {
            return q;
        }
        return new Quantity(-q.value(), q.unit(), q.qualifier(), q.text(), q.start(), q.end(), q.change());
    }

    /** A bare count takes the unit the row's name gives it ("Average days to re-let"); any other figure keeps its own. */
    static Quantity withNamedUnit(Quantity q, Unit named) {
        if (q == null || named == null || !q.unit().isBareCount()) {
            return q;
        }
        return new Quantity(q.value(), named, q.qualifier(), q.text(), q.start(), q.end(), q.change());
    }
}
