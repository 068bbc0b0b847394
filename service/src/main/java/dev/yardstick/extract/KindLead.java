package dev.yardstick.extract;

import java.util.regex.Pattern;

/**
 * Where the words that decide a value's kind begin, within the lead of its clause: past a label
 * that belongs to the value before it ("short of our 75% target but a big step up from 40%") and
 * past what a report is said to state ("The report, which cabinet will debate next week, states
 * that 81% ...").
 */
final class KindLead {

    private KindLead() {
    }

    static int start(String sentence, int leadFrom, int valueStart) {
        return pastReportingVerb(sentence, pastLabelOfPrevious(sentence, leadFrom, valueStart), valueStart);
    }

    private static final Pattern LABEL_OF_PREVIOUS = Pattern.compile("(?i)^\\s*(targets?|aims?|goals?|ambitions?|trajectory)\\b");

    private static final Pattern REPORTED_THAT = Pattern.compile("(?i)\\b(?:states?|stated|shows?|showed|shown|finds?|found|"
            + "reports?|reported|says?|said|confirms?|confirmed|notes?|noted|highlights?|highlighted|concludes?|concluded|"
            + "reveals?|revealed)\\s+that\\b");

    /**
     * "The report, which cabinet will debate next week, states that 81% of indicators were on
     * target": what a report says starts after "states that", and the words about the report
     * before it (its debate "will" come) say nothing of the value's kind.
     */
    private static int pastReportingVerb(String s, int leadFrom, int start) {
        int that = s.indexOf("that", leadFrom);
        if (that < 0 || that >= start) {
            return leadFrom; // most leads hold no "that", so the pattern need not run
        }
        java.util.regex.Matcher m = REPORTED_THAT.matcher(s).region(leadFrom, start);
        int end = leadFrom;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** "short of our 75% target but a big step up from 40%": the word right after a value labels that value, not the next. */
    private static int pastLabelOfPrevious(String s, int leadFrom, int start) {
        if (leadFrom <= 0 || !opensWithLabelLetter(s, leadFrom, start)) {
            return leadFrom; // most leads: no label word can open them, so the pattern need not run
        }
        java.util.regex.Matcher m = LABEL_OF_PREVIOUS.matcher(s).region(leadFrom, start);
        return m.find() ? m.end() : leadFrom;
    }

    /** After white space ({@code \\s}), the first letter of one of {@link #LABEL_OF_PREVIOUS}'s words, in either case. */
    private static boolean opensWithLabelLetter(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\u000B'
                || s.charAt(i) == '\f' || s.charAt(i) == '\r')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        char c = s.charAt(i);
        return c == 't' || c == 'T' || c == 'a' || c == 'A' || c == 'g' || c == 'G';
    }
}
