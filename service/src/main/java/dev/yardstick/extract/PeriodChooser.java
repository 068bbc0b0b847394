package dev.yardstick.extract;

import java.util.List;

/**
 * Picks the time expression a quantity belongs to. The nearest expression wins, with costs for
 * what lies between: another quantity (it probably belongs to that one), a clause boundary, or
 * looking backwards rather than forwards ("650 tickets per week between July - September 2019").
 * Only a closing parenthesis is a boundary: a parenthesis's content elaborates the clause it opens from.
 */
final class PeriodChooser {

    private static final java.util.regex.Pattern COMPARED_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(compared\\s+(?:to|with)|than|versus|vs\\.?|against|on)\\s+$");

    private static final int OTHER_QUANTITY = 1000;
    private static final int CLAUSE = 100;
    private static final int BACKWARDS = 10;

    private PeriodChooser() {
    }

    /** The best mention for quantity {@code index}, or null when the sentence has none. */
    static TimeMention choose(String s, List<Found> found, int index, List<TimeMention> mentions) {
        Quantity q = found.get(index).quantity();
        TimeMention best = null;
        int bestCost = Integer.MAX_VALUE;
        for (TimeMention m : mentions) {
            boolean relative = m.role() == TimeMention.Role.AGO || m.role() == TimeMention.Role.REFERENCE;
            if (relative && (q.isChange() || changeBefore(found, m))) {
                continue; // "up 6% from a year ago": the reference of the change, not a date for the level
            }
            if (!q.isChange() && baseOfChange(s, found, m)) {
                continue; // "212 complaints, 18 fewer than in 2019/20": 2019/20 is what the change counts from
            }
            boolean after = m.start() >= q.end();
            if (after && m.role() == TimeMention.Role.AGO && COMPARED_BEFORE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                continue; // "67% ..., compared to the same period last year (61%)": the reference for the value after it
            }
            if (after && labelsWhatFollows(s, m)) {
                continue; // "32 days (Q1: 35 days)": Q1 is the label of 35 days, not the date of 32
            }
            int from = after ? q.end() : m.end();
            int to = after ? m.start() : q.start();
            if (to < from) {
                continue;
            }
            int cost = (to - from) / 10 + (after ? 0 : BACKWARDS)
                    + CLAUSE * boundaries(s, from, to)
                    + OTHER_QUANTITY * quantitiesBetween(found, index, from, to);
            if (cost < bestCost) {
                bestCost = cost;
                best = m;
            }
        }
        return best;
    }

    /** Nothing but words of one clause stands between the quantity and the mention. */
    static boolean sameClause(String s, Quantity q, TimeMention m) {
        int from = m.start() >= q.end() ? q.end() : m.end();
        int to = m.start() >= q.end() ? m.start() : q.start();
        return from <= to && boundaries(s, from, to) == 0;
    }

    /** The mention lies after the quantity, past a clause boundary: it dates something else. */
    static boolean inAnotherClause(String s, Quantity q, TimeMention m) {
        return m.start() >= q.end() && boundaries(s, q.end(), m.start()) > 0;
    }

    /**
     * A time expression followed by a colon labels the value after it: "(2018/19: 412)"; so does
     * one opening a parenthesis with the value right after it: "(previous year 8.7 days)".
     */
    static boolean labelsWhatFollows(String s, TimeMention m) {
        int i = m.end();
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ':') {
            return true;
        }
        int b = m.start() - 1;
        while (b >= 0 && s.charAt(b) == ' ') {
            b--;
        }
        boolean opensParenthesis = b >= 0 && s.charAt(b) == '(';
        return opensParenthesis && i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '£');
    }

    /** A change stands right before the mention, with only "than (in)" between: the mention is the change's base. */
    private static boolean baseOfChange(String s, List<Found> found, TimeMention m) {
        for (Found f : found) {
            Quantity c = f.quantity();
            if (c.isChange() && c.end() <= m.start() && m.start() - c.end() <= 30
                    && ChangeDeriver.countsFrom(s.substring(c.end(), m.start()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean changeBefore(List<Found> found, TimeMention m) {
        return found.stream().anyMatch(f -> f.quantity().isChange() && f.quantity().end() <= m.start());
    }

    private static int boundaries(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '–' || c == ')' && !figureAside(s, i)) {
                count++;
            }
        }
        String between = s.substring(from, to);
        count += occurrences(between, " and ") + occurrences(between, " but ") + occurrences(between, " while ");
        return count;
    }

    /** "69.92% (279) were Green at Quarter 2": a figure in parentheses is an aside, not the end of a clause. */
    private static boolean figureAside(String s, int close) {
        int open = s.lastIndexOf('(', close);
        if (open < 0 || close - open > 14) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            char c = s.charAt(k);
            if (!(Character.isDigit(c) || c == '.' || c == ',' || c == '%' || c == ' ' || c == '£')) {
                return false;
            }
        }
        return true;
    }

    private static int quantitiesBetween(List<Found> found, int self, int from, int to) {
        int n = 0;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (i == self || f.partner() == self || found.get(self).partner() == i) {
                continue;
            }
            if (f.quantity().start() >= from && f.quantity().end() <= to) {
                n++;
            }
        }
        return n;
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
