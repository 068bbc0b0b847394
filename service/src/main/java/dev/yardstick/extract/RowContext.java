package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;

/**
 * What a row's earlier sentences tell the next one: the period of the previous sentence (for a
 * sentence that continues it: "That is a rate of ...") and the period a framing phrase set for
 * the row ("Looking back at 2010/11, ..." and the bullets under it). Mutable, one per row.
 */
final class RowContext {

    private ReportingPeriod previous;
    private boolean previousInParagraph;
    private ReportingPeriod frame;
    private boolean lastSentenceDated;
    private boolean inList;
    private boolean listContinues;
    private java.time.LocalDate periodListNewest;
    private ReportingPeriod comparedFrom;
    private java.util.List<ReportingPeriod> periodsNamed = java.util.List.of();
    private Level previousLevel;
    private Level level;

    /** A value of the council's own with its period and scope: what "That is 2% higher than ..." stands off from. */
    record Level(Quantity quantity, ReportingPeriod period, Scope scope) {
    }

    ReportingPeriod previous() {
        return previous;
    }

    /** The previous sentence gave a period and stands in the same paragraph, or introduced the list this sentence is in. */
    boolean previousInParagraph() {
        return previousInParagraph && previous != null;
    }

    /**
     * A new paragraph ends what the previous sentence dated, except for a list item: a list
     * elaborates the sentence that introduced it ("The most recent full-year analysis (2014/15)
     * found ... 47%." then "• Take-up was 52% in the least deprived quintile"), so its items
     * take that sentence's period when the sentence right before the list gave one.
     */
    void paragraphStarted(boolean listItem) {
        if (!listItem) {
            listContinues = false;
            comparedFrom = null;
        } else if (!inList) {
            listContinues = previousInParagraph && lastSentenceDated;
        }
        inList = listItem;
        previousInParagraph = listContinues && previous != null;
    }

    ReportingPeriod frame() {
        return frame;
    }

    /** Before each sentence: whether it gives a period is not known yet. */
    void sentenceStarted() {
        lastSentenceDated = false;
        previousLevel = level;
        level = null;
    }

    /**
     * The own value the sentence right before this one reported, if any: in a text export a
     * sentence often stands on its own line, and "That is 1% point better than last year" opening
     * the next line still speaks of it.
     */
    Level previousLevel() {
        return previousLevel;
    }

    /** After a sentence: its own measured value, for the sentence after it. */
    void sentenceLevel(Level own) {
        level = own;
    }

    /** After a sentence: the period its values were dated to by the text (not by default), if any. */
    void sentenceDated(ReportingPeriod period) {
        if (period != null) {
            previous = period;
            previousInParagraph = true;
            lastSentenceDated = true;
        }
    }

    /** The periods an earlier sentence of the row dated its measured values by ({@link PeriodsReferredBack}). */
    java.util.List<ReportingPeriod> periodsNamed() {
        return periodsNamed;
    }

    /** After a sentence: the periods its measured values were dated by, if two or more (null keeps those before). */
    void periodsNamed(java.util.List<ReportingPeriod> periods) {
        if (periods != null) {
            periodsNamed = periods;
        }
    }

    void framedBy(ReportingPeriod period) {
        frame = period;
    }

    /** A new heading inside the row ends what the sentences before it framed. */
    void headingStarted() {
        level = null;
        periodsNamed = java.util.List.of();
        previous = null;
        comparedFrom = null;
        frame = null;
    }

    /** The paragraph is an entry of a list of a measure's results by period ({@link PeriodList}), whose newest ends so; else null. */
    void inPeriodList(java.time.LocalDate newest) {
        periodListNewest = newest;
    }

    java.time.LocalDate periodListNewest() {
        return periodListNewest;
    }

    /**
     * The period a sentence of the paragraph said its changes are counted from ("Compared with
     * 2023-24, waits have lengthened."), for the changes of the sentences after it; null if none.
     */
    ReportingPeriod comparedFrom() {
        return comparedFrom;
    }

    void compares(ReportingPeriod from) {
        if (from != null) {
            comparedFrom = from;
        }
    }
}
