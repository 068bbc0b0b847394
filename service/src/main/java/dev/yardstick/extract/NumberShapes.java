package dev.yardstick.extract;

import java.util.List;

/** Numbers whose shape says they measure nothing: a clock time or a ratio ("10:30", "1:8", "24/7"), a record's reference ("45/2024"). */
final class NumberShapes {

    private NumberShapes() {
    }

    /** A number and a year joined by a slash, both sides: "45/2024" (not a date, whose day and month come first). */
    static boolean reference(List<Token> t, int i) {
        Token k = t.get(i);
        Token next = tok(t, i + 1);
        Token after = tok(t, i + 2);
        if (next != null && next.is("/") && !next.spaced() && after != null && !after.spaced() && isYear(after)
                && !(tok(t, i - 1) != null && tok(t, i - 1).is("/"))) {
            return true;
        }
        Token prev = tok(t, i - 1);
        Token before = tok(t, i - 2);
        return isYear(k) && prev != null && prev.is("/") && !prev.spaced() && !k.spaced() && before != null && before.isNumber()
                && !(tok(t, i - 3) != null && tok(t, i - 3).is("/"));
    }

    private static boolean isYear(Token k) {
        String s = k.text();
        return k.isNumber() && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    /** Two numbers joined by a colon with nothing between ("10:30", "1:8"), or "24/7". */
    static boolean clockOrRatio(Token first, Token joint, Token second) {
        if (first == null || joint == null || second == null || !first.isNumber() || !second.isNumber() || second.spaced() || joint.spaced()) {
            return false;
        }
        return joint.is(":") || joint.is("/") && first.text().equals("24") && second.text().equals("7");
    }

    private static Token tok(List<Token> t, int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
