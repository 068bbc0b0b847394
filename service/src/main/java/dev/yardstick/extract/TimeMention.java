package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A time expression found in a sentence and the period it names.
 *
 * @param start  offset in the sentence
 * @param end    offset just past the expression
 * @param period the period named (for a change span, the later end)
 * @param from   for a change span ("between Q1 and Q2"), the earlier end; for a span since a period ("since 2018/19"),
 *               that period; otherwise null
 * @param role   how the expression relates a value to its period
 */
record TimeMention(int start, int end, ReportingPeriod period, ReportingPeriod from, Role role) {

    enum Role {
        /** "between July - September 2019", "at August 31st, 2017", "in Q1 of this year". */
        PERIOD,
        /** "since April 2017": from then to the end of the reporting quarter. */
        SINCE,
        /** "by April 2024": a deadline, typical of targets. */
        BY,
        /** "between Q1 and Q2", "between 2016-2017": a change from one period to another. */
        CHANGE_SPAN,
        /** "a year ago", "the same quarter last year": a year before the value it is compared with. */
        AGO,
        /**
         * "compared with last quarter", "than last year": the reference of a stated change. Dates
         * a value only when no change precedes it in the sentence.
         */
        REFERENCE,
        /** "the full year", "year end", "outturn": the whole financial year. */
        FULL_YEAR
    }

    boolean overlaps(int s, int e) {
        return s < end && start < e;
    }

    private static final Comparator<TimeMention> EARLIEST_THEN_LONGEST =
            Comparator.comparingInt(TimeMention::start).thenComparingInt(t -> -(t.end() - t.start()));

    /** Earliest first; of those starting together the longest; drop anything overlapping a kept one. */
    static List<TimeMention> nonOverlapping(List<TimeMention> found) {
        if (found.size() > 1) {
            found.sort(EARLIEST_THEN_LONGEST);
        }
        List<TimeMention> kept = new ArrayList<>();
        for (TimeMention t : found) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(t.start(), t.end())) {
                kept.add(t);
            } else if (t.end() - t.start() > kept.get(kept.size() - 1).end() - kept.get(kept.size() - 1).start()) {
                kept.set(kept.size() - 1, t);
            }
        }
        return kept;
    }
}
