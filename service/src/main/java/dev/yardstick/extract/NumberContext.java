package dev.yardstick.extract;

import java.util.List;

/**
 * What the words around a number say it is when it is not a measurement: an identifier ("A13",
 * "COVID-19"), a list label ("2)"), a name ("Stage 2", "Attainment 8"), a duration or standard
 * ("5-year period", "within 13 weeks"), or an age ("under 18 women", "16-18 year olds").
 */
final class NumberContext {

    private final List<Token> t;
    private final FrameworkCount framework;
    private final StatusBands bands;
    private final Ages ages;
    private final SchemeTerms scheme;
    private final NumberLabels labels;
    private final Populations populations;

    NumberContext(List<Token> tokens) {
        this.t = tokens;
        this.framework = new FrameworkCount(tokens);
        this.bands = new StatusBands(tokens);
        this.ages = new Ages(tokens);
        this.scheme = new SchemeTerms(tokens);
        this.labels = new NumberLabels(tokens);
        this.populations = new Populations(tokens);
    }

    boolean identifier(int i) {
        Token k = t.get(i);
        Token prev = tok(i - 1);
        if (NumberShapes.reference(t, i) || NumberShapes.inCode(t, i) || NumberShapes.clockTime(t, i) || NumberShapes.vote(t, i)) {
            return true; // "Minute 45/2024", "report OSC/19/12", "6.30 pm", "(Vote: 7 for, 2 against)"
        }
        if (prev != null && (prev.is("ext") || prev.is("extension") || prev.is(".") && tok(i - 2) != null && tok(i - 2).is("ext"))) {
            return true; // "tel 01234 567890 ext. 4567": a telephone extension
        }
        if (prev != null && (prev.is("sample") || prev.is("of") && tok(i - 2) != null && tok(i - 2).is("sample")
                || prev.is("size") && tok(i - 2) != null && tok(i - 2).is("sample"))) {
            return true; // "in the residents' survey (sample 1,100)": how many were asked, not a result
        }
        if (prev != null && !k.spaced() && prev.isWord()) {
            return true; // A13, Q2, KS2, C2C
        }
        if (prev != null && !k.spaced() && prev.is(")") && k.text().length() <= 2) {
            return true; // "compared with England (28.2%)1.": a footnote's mark, its superscript lost in export
        }
        Token prev2 = tok(i - 2);
        if (prev != null && (prev.is("-") || prev.is("/")) && prev2 != null && prev2.isWord() && !prev.spaced()) {
            return true; // post-16, "post- 16", COVID-19
        }
        if (prev != null && (prev.is("/") || prev.is("-")) && !prev.spaced() && !k.spaced() && prev2 != null && prev2.isNumber()
                && prev2.text().length() == 4 && (prev2.text().startsWith("19") || prev2.text().startsWith("20")) && k.text().length() == 2) {
            return true; // "October - December 2016/17": the second half of a financial year a date has taken the first of
        }
        Token next = tok(i + 1);
        Token next2 = tok(i + 2);
        if (NumberShapes.clockOrRatio(prev2, prev, k) || NumberShapes.clockOrRatio(k, next, next2)) {
            return true; // "at 10:30", "a ratio of 1:8", "a 24/7 service": a time or a pair, no measurement
        }
        return next != null && next.is("-") && !next.spaced() && next2 != null && next2.isWord() && !next2.spaced()
                && !Lexicon.DURATION_UNITS.contains(next2.lower()) && !next2.is("year");
    }


    /**
     * The whole a share is taken of, which sizes a framework rather than measures anything:
     * "nine of our twelve KPIs", "23 of 27 GP practices", "out of 40", "Of the 19 indicators, 11 ...".
     */
    boolean denominator(int i) {
        if (plannedAfter(i)) {
            return false; // "15 of the 23 affordable homes forecast for 2017/18": the whole is itself a forecast
        }
        int k = i - 1;
        if (tok(k) != null && tok(k).isWord() && DETERMINERS.contains(tok(k).lower())) {
            k--;
        }
        if (k == 0 && (word(k, "within") || word(k, "among")) && wholeOfWhatFollows(i)) {
            return true; // "Within those 25, targets were fully met by 12"
        }
        if (!word(k, "of")) {
            return false;
        }
        if (word(k - 1, "out")) {
            return true;
        }
        Token before = tok(k - 1);
        if (before != null && before.is(")") && tok(k - 2) != null && tok(k - 2).isNumber()) {
            return true; // "77% (10) of the 13 indicators": the count in brackets is taken of the whole
        }
        boolean sentenceOpens = k == 0 && tok(i + 1) != null && tok(i + 1).isWord()
                && FrameworkCount.FRAMEWORK_NOUNS.contains(tok(i + 1).lower());
        return sentenceOpens || k == 0 && wholeOfWhatFollows(i)
                || before != null && (before.isNumber() || before.isWord() && NumberWords.cardinal(before) > 0);
    }

    /**
     * "Of the 83 steps set to deliver our priorities, 68 (82%) are on track": a known whole ("the",
     * "its", "those") opening the sentence, with counts after its clause, is what they are counted
     * from; not when its clause dates it ("Of the 59 cases referred this year, 48 ...": a count of the year).
     */
    private boolean wholeOfWhatFollows(int i) {
        if (tok(i - 1) == null || !tok(i - 1).isWord() || !DETERMINERS.contains(tok(i - 1).lower())) {
            return false; // "Of 5,821 requests for street cleansing, 79% ...": a count stated, not a known whole
        }
        int k = i + 1;
        for (; k < t.size() && !t.get(k).is(","); k++) {
            Token w = t.get(k);
            if (w.is(".") || w.is(";") || w.isNumber() || w.isWord() && (DATING_WORDS.contains(w.lower()) || ACTIVITY.contains(w.lower()))
                    || w.isWord() && Months.isNameAt(w.text(), 0)) {
                return false; // "Of the 1,320 assessments completed, 210 ...": a count of work done, itself a result
            }
        }
        for (k++; k < t.size() && !t.get(k).is(".") && !t.get(k).is(";"); k++) {
            if (t.get(k).isNumber() || t.get(k).isWord() && NumberWords.cardinal(t.get(k)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ACTIVITY = java.util.Set.of("completed", "received", "processed", "handled",
            "undertaken", "carried", "recorded", "decided", "determined", "submitted", "made", "issued");
    private static final java.util.Set<String> DATING_WORDS = java.util.Set.of("year", "years", "quarter", "month", "months",
            "week", "weeks", "today", "currently", "now", "date");

    /** A participle of planning within a few words after the number: "23 affordable homes forecast", "40 planned". */
    private boolean plannedAfter(int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + 5) && t.get(k).isWord(); k++) {
            if (PLANNED.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PLANNED = java.util.Set.of("forecast", "planned", "projected", "expected",
            "targeted", "profiled", "scheduled");

    /**
     * Numbers that size the plan, edge a status band, or set a rule or describe a scheme rather
     * than measure anything ({@link SchemeTerms}).
     */
    boolean notAMeasure(int i, int last) {
        if (framework.sizes(i, last)) {
            return true; // "315 indicators were reported": the size of the framework, not a result
        }
        Token unit = tok(last + 1);
        // "Appendix 1 (PDF, 245 KB)": the size of a file; "75.0 children in care for every 10,000 people": a rate's base
        boolean fileSize = unit != null && unit.isWord() && Lexicon.FILE_SIZES.contains(unit.lower());
        boolean rateBase = word(i - 1, "every") && (word(i - 2, "for") || word(i - 2, "in") || word(i - 2, "of"));
        // "out of a maximum of 5 stars", "on a scale of 1 to 10": the top of a rating scale, not a rating
        boolean scale = word(i - 1, "of") && (word(i - 2, "maximum") || word(i - 2, "scale"));
        return fileSize || rateBase || scale || populations.at(i, last) || LandAreas.at(t, i, last) || bands.edge(i, last) || scheme.rule(i, last) || Distances.threshold(t, last);
    }


    /** A sum of money near a ticket, prize or jackpot sets the scheme's terms: "tickets cost £1", "a £25,000 jackpot". */
    boolean schemeParameter(int i, int last) {
        return scheme.parameter(i, last);
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "our", "its", "their", "these", "those", "all");

    /** "2)" opening a line: a list's label. */
    boolean listLabel(int i) {
        return labels.listLabel(i);
    }

    /** "Round two", "Stage 2", "cohorts 2 and 3", "top 50": a name, not a measurement ({@link NumberLabels}). */
    boolean labelled(int i) {
        return labels.labelled(i);
    }

    /** A duration unless the time is itself what is measured ("averaged 9.2 days per employee"). */
    boolean duration(int unitIndex, int numberIndex) {
        Token u = tok(unitIndex);
        if (u != null && (u.is("–") || u.is("to")) && tok(unitIndex + 1) != null && tok(unitIndex + 1).isNumber()) {
            return duration(unitIndex + 2, unitIndex + 1); // "closed 2 – 7 years before": a range's first end is as the second
        }
        if (u != null && u.is("-") && !u.spaced()) {
            u = tok(unitIndex + 1);
            unitIndex++;
        }
        if (u != null && u.isWord() && Lexicon.DAY_KINDS.contains(u.lower())) {
            u = tok(unitIndex + 1); // "within 20 working days"
            unitIndex++;
        }
        if (u == null || !u.isWord() || !Lexicon.DURATION_UNITS.contains(u.lower()) && !Lexicon.REPORTING_SPANS.contains(u.lower())) {
            return false;
        }
        Token after = tok(unitIndex + 1);
        if (after != null && (after.is("later") || after.is("after") || after.is("afterwards") || after.is("earlier") || after.is("before"))) {
            return true; // "still at home 91 days later": the threshold that defines the measure
        }
        if (after != null && (after.is("per") || after.is("on") && word(unitIndex + 2, "average"))) {
            return false;
        }
        boolean within = word(numberIndex - 1, "within") || word(numberIndex - 2, "within");
        if (after != null && (after.is("target") || after.is("targets")) && !within) {
            return false; // "comfortably inside the 7.5 day target": the target is a length of time; "within the 13 week target" sets a standard
        }
        if ((word(numberIndex - 1, "the") || word(numberIndex - 1, "past") || word(numberIndex - 1, "last"))
                && (word(numberIndex - 2, "over") || word(numberIndex - 2, "during") || word(numberIndex - 2, "across")
                || word(numberIndex - 2, "the") && (word(numberIndex - 3, "over") || word(numberIndex - 3, "for")))) {
            return true; // "averaged over the 12 months", "for the past four years": the span, whatever is measured over it
        }
        // a measured time is counted in days or weeks; a count of quarters is always the story's span ("above target for two quarters")
        boolean reportingSpan = Lexicon.REPORTING_SPANS.contains(u.lower());
        for (int k = Math.max(0, numberIndex - 3); k < numberIndex && !reportingSpan; k++) {
            // "for the first time in four years": the time of an event, not a time measured
            boolean firstTime = t.get(k).is("time") && word(k + 1, "in");
            if (t.get(k).isWord() && Lexicon.DURATION_MEASURE_CUES.contains(t.get(k).lower()) && !firstTime) {
                return false;
            }
        }
        if (u.spaced() && tok(unitIndex - 1) != null && tok(unitIndex - 1).is("-")) {
            return true; // "5-year period"
        }
        int b = numberIndex - 1;
        if (word(b, "than") && (word(b - 1, "more") || word(b - 1, "less") || word(b - 1, "fewer"))) {
            b -= 2; // "off with stress for more than 6 weeks": the bound is part of the span
        }
        Token before = tok(b);
        if (before != null && before.is("the") && tok(b - 1) != null && tok(b - 1).isWord() && Lexicon.TIME_COMPARED_WITH.contains(tok(b - 1).lower())
                && !Lexicon.DURATION_UNITS.contains(u.lower() + "s")) { // "on the 3 year rolling average": a singular unit names a span
            return false; // "far quicker than the 108 seconds of a year earlier": a time set against another, measured
        }
        // "over the next 3 years", "for two weeks": the story's time span; "18.5 days (target 20 days)": a measurement
        return before != null && before.isWord() && Lexicon.NARRATIVE_TIME_WORDS.contains(before.lower());
    }

    boolean timeUnit(int index) {
        Token u = tok(index);
        if (u != null && u.isWord() && Lexicon.DAY_KINDS.contains(u.lower())) {
            u = tok(index + 1); // "20 working days"
        }
        return u != null && u.isWord() && Lexicon.DURATION_UNITS.contains(u.lower());
    }

    /** "under 18 women", "aged 15-17", "over 65s", "16-18 year olds". */
    boolean age(int first, int last) {
        return ages.at(first, last);
    }

    private boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
