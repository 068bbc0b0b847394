package dev.yardstick.extract;

import java.util.List;
import java.util.Set;

/**
 * A distance from somewhere defines who a measure counts (the conventions' thresholds): "79 children
 * were placed 20 miles or more from Haringey", "more than 20 miles from their home address".
 */
final class Distances {

    private static final Set<String> UNITS = Set.of("mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers",
            "metre", "metres", "meter", "meters");
    /** How far after the unit "from" or "away" may stand: "20 miles or more from". */
    private static final int REACH = 4;

    private Distances() {
    }

    /** Whether the number ending at token {@code last} is a distance from somewhere. */
    static boolean threshold(List<Token> t, int last) {
        Token unit = last + 1 < t.size() ? t.get(last + 1) : null;
        if (unit == null || !unit.isWord() || !UNITS.contains(unit.lower())) {
            return false;
        }
        for (int k = last + 2; k <= last + 1 + REACH && k < t.size(); k++) {
            if (t.get(k).is("from") || t.get(k).is("away")) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }
}
