package dev.yardstick.extract;

import java.util.List;

/**
 * Numbers whose shape says they measure nothing: a clock time or a ratio ("10:30", "1:8", "24/7",
 * "6.30 pm"), a record's reference or code ("45/2024", "OSC/19/12"), a vote ("7 for, 2 against").
 */
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

    /**
     * A number in a code of letters and numbers joined by slashes or hyphens: "OSC/19/12",
     * "EX-2019-05"; the code's first part is a word, joined with no space.
     */
    static boolean inCode(List<Token> t, int i) {
        int k = i;
        while (k >= 2 && (t.get(k - 1).is("/") || t.get(k - 1).is("-")) && !t.get(k - 1).spaced() && !t.get(k).spaced()) {
            Token part = t.get(k - 2);
            if (part.isWord()) {
                return part.text().length() >= 2 && Character.isUpperCase(part.text().charAt(0)) && Character.isUpperCase(part.text().charAt(1));
            }
            if (!part.isNumber()) {
                return false;
            }
            k -= 2;
        }
        return false;
    }

    /** "6.30 pm", "10am": a time of day. */
    static boolean clockTime(List<Token> t, int i) {
        Token next = tok(t, i + 1);
        return next != null && (next.is("pm") || next.is("am") || next.is("p.m") || next.is("a.m"));
    }

    /** "(Vote: 7 for, 2 against, 1 abstention)": a meeting's vote, counted in members, not performance. */
    static boolean vote(List<Token> t, int i) {
        Token next = tok(t, i + 1);
        if (next == null || !(next.is("for") || next.is("against") || next.is("abstention") || next.is("abstentions"))) {
            return false;
        }
        for (int k = Math.max(0, i - 8); k < i; k++) {
            if (t.get(k).is("vote") || t.get(k).is("votes") || t.get(k).is("voting") || t.get(k).is("voted")) {
                return true;
            }
        }
        return false;
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
