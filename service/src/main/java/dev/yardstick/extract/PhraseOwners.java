package dev.yardstick.extract;

import java.util.regex.Pattern;

/** Which value of a sentence each time phrase belongs to, if any: the first thing {@link PeriodRules} reads. */
final class PhraseOwners {

    /**
     * What may stand between a value and a time phrase of its own: "350 in March", "350 at the end
     * of March", "1,517 applications received in 2014/15".
     */
    private static final Pattern OWN_DATE_GAP = Pattern.compile(
            // "44 out of 79 in 2012/13", "3.4% of the working-age population in June": the whole a count or share is taken
            // of stands between it and its date
            // "71% (42 of 59) in 2017/18": a bracketed aside on the value, too
            // "the 24 weeks it took in 2014/15", "the £1.2m we spent in 2021/22": a clause on the value, naming its time
            "(?i)(?:\\s*\\([^()]{1,40}\\))?(?:\\s*(?:out\\s+)?of\\s+\\d[\\d,]*|\\s*of\\s+(?:the\\s+)?[a-z]+(?:[\\s-][a-z]+){0,2}(?=\\s+(?:in|at|as at|during)\\s))?\\s*(?:(?:it|we|they)\\s+(?:had\\s+|have\\s+)?[a-z]+\\s+(?=in\\b|during\\b|over\\b|throughout\\b|by\\b|at\\b)|[a-z]+ed\\s+(?=in\\b|during\\b|over\\b|throughout\\b|by\\b|at\\b))?(?:(?:in|at|as at|on|for|during|between|over|from|by|throughout|across"
                    + "|in the year to|in the year ending|(?:(?:at|by)\\s+)?the\\s+(?:end|start|beginning)\\s+of"
                    // "67.0% at this stage last year": the earlier side's own date
                    + "|at\\s+(?:this|that|the\\s+same)\\s+(?:stage|point|time)(?:\\s+of)?)\\s*)?");

    private static final Pattern OPENS_ASIDE = Pattern.compile("\\s*\\(\\s*");
    /** "the 80% of last year": "of" joins a value to a period said relative to now. */
    private static final Pattern OF_RELATIVE_PERIOD = Pattern.compile("(?i)\\s*of\\s+");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)^(?:last|the\\s+previous|the\\s+same|the\\s+year\\s+before|a\\s+year\\s+(?:earlier|before|ago))\\b");
    private static final java.util.regex.Pattern TARGET_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:target|aim|ambition|goal)s?\\s*(?:of|is|was|will be|at|:)?\\s*(?:around|about|c\\.)?\\s*[£\\d]");

    private PhraseOwners() {
    }

    /**
     * The value each time phrase belongs to: the value right before it with at most a preposition
     * between ("2,358 in 2009/10", "29.61% the year before"), or the value a label introduces
     * ("(2018/19: 412)"); -1 for a phrase that belongs to no value in particular.
     */
    static int[] of(SentenceFacts f) {
        String s = f.sentence();
        int[] owner = new int[f.mentions().size()];
        for (int k = 0; k < owner.length; k++) {
            TimeMention m = f.mentions().get(k);
            owner[k] = -1;
            for (int i = f.found().size() - 1; i >= 0; i--) {
                Quantity q = f.found().get(i).quantity();
                if (q.end() <= m.start()) {
                    String gap = s.substring(q.end(), m.start());
                    if (OWN_DATE_GAP.matcher(gap).matches() || OF_RELATIVE_PERIOD.matcher(gap).matches()
                            && RELATIVE_PERIOD.matcher(s).region(m.start(), m.end()).lookingAt() || closesOn(s, gap, m)) {
                        owner[k] = i;
                    } else if (gap.indexOf(')') >= 0 && gap.indexOf('(') < 0) {
                        continue; // "71% (42 of 59) in 2017/18": a value inside the brackets is an aside on the one before them
                    }
                    break;
                }
            }
            if (owner[k] < 0) {
                owner[k] = fromSideBefore(f, m);
            }
            if (owner[k] < 0 && (PeriodChooser.labelsWhatFollows(s, m) || asideFollows(s, m) || namesTheTargetAfter(s, m))) {
                for (int i = 0; i < f.found().size(); i++) {
                    if (f.found().get(i).quantity().start() >= m.end()) {
                        owner[k] = i;
                        break;
                    }
                }
            }
        }
        return owner;
    }

    private static final Pattern TO_AFTER = Pattern.compile("(?i)\\s*,?\\s*to\\b");
    /** What may stand between the earlier side and its period: its words, no other value or clause. */
    private static final Pattern WORDS_ONLY = Pattern.compile("[^\\d;:.()]{0,60}");

    /**
     * "rose from 9th strongest for efficiency in 2017/18 to 2nd": a period between a change's earlier
     * side and its "to" is that side's, whatever words of its own stand between; the index, else -1.
     */
    private static int fromSideBefore(SentenceFacts f, TimeMention m) {
        String s = f.sentence();
        if (!TO_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
            return -1;
        }
        for (int i = f.found().size() - 1; i >= 0; i--) {
            Quantity q = f.found().get(i).quantity();
            if (q.end() <= m.start()) {
                return f.isFrom(i) && WORDS_ONLY.matcher(s).region(q.end(), m.start()).matches() ? i : -1;
            }
        }
        return -1;
    }

    /** "73 against an annual target of 50", "the 2021/22 target is 75": the phrase dates the target that follows it. */
    private static boolean namesTheTargetAfter(String s, TimeMention m) {
        return TARGET_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    /** "compared to the same period last year (61%)": the figure in the parentheses right after is the phrase's. */
    private static boolean asideFollows(String s, TimeMention m) {
        int i = m.end();
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i + 1 < s.length() && s.charAt(i) == '(' && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '£');
    }

    /** "71% (42 of 59)": the value whose bracketed aside value {@code i} opens, else -1. */
    static int hostOfAside(SentenceFacts f, int i) {
        boolean opens = i > 0 && f.inBrackets(i) && !f.inBrackets(i - 1) && OPENS_ASIDE.matcher(
                f.sentence().substring(f.found().get(i - 1).quantity().end(), f.found().get(i).quantity().start())).matches();
        return opens ? i - 1 : -1;
    }

    private static final Pattern WHEN_CLAUSE = Pattern.compile("(?i)\\s*,\\s*when\\b[^.;]*");

    /** "the 192 recorded by the end of Quarter 3, when the profiled target was 172": the "when" clause is of that time too. */
    static boolean opensWhenClauseOf(SentenceFacts f, int mention, int value) {
        int from = f.mentions().get(mention).end();
        int to = f.found().get(value).quantity().start();
        return from <= to && WHEN_CLAUSE.matcher(f.sentence()).region(from, to).matches();
    }

    /** ", on 31st March 1998." closing the sentence: the date of the value before the comma. */
    private static final Pattern CLOSING_DATE_GAP = Pattern.compile("(?i)[^,;.()]{0,40},\\s*(?:on|at|as\\s+at|in)\\s+(?:the\\s+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("\\s*[.;]?\\s*");

    private static boolean closesOn(String s, String gap, TimeMention m) {
        return CLOSING_DATE_GAP.matcher(gap).matches() && SENTENCE_END.matcher(s).region(m.end(), s.length()).matches();
    }
}
