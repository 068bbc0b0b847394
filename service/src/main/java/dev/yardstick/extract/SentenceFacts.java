package dev.yardstick.extract;

import java.util.List;

/**
 * One sentence analysed once: its quantities, time phrases, whose each value is, and what its
 * words say each value is meant to be (a target, a forecast) before any period is known. Intents,
 * per quantity, are {@link Kind#TARGET}, {@link Kind#FORECAST} or {@link Kind#PRIOR} when the words
 * say so, else null (a level whose kind its period decides). One per sentence; not shared.
 */
final class SentenceFacts {

    private final SentenceText text;
    private final String sentence;
    private final List<Found> found;
    private final List<TimeMention> mentions;
    private final Scope[] scopes;
    private final Kind[] intents;
    // what the period rules ask again for each value of the sentence, worked out once
    private Boolean now;
    private Boolean continues;
    private boolean framingKnown;
    private Boolean[] datesNothing;
    private Boolean[] referenceOfComparison;
    private TimeMention framing;
    private boolean[] bracketed;

    SentenceFacts(SentenceText text, List<Found> found, List<TimeMention> mentions, Scope[] scopes, Kind[] intents) {
        this.text = text;
        this.sentence = text.text();
        this.found = found;
        this.mentions = mentions;
        this.scopes = scopes;
        this.intents = intents;
    }

    String sentence() {
        return sentence;
    }

    List<Found> found() {
        return found;
    }

    List<TimeMention> mentions() {
        return mentions;
    }

    Scope[] scopes() {
        return scopes;
    }

    /** How far before a time phrase a publication cue may stand: "released on 28th February 2012". */
    private static final int PUBLICATION_REACH = 25;
    /** How far into the sentence a back reference may stand: "Roughly 53% of these conceptions". */
    private static final int BACK_REFERENCE_REACH = 50;
    /** A framing phrase opens its sentence: "Looking back at 2010/11," "For the second half of the year (Quarters 3 and 4)". */
    private static final int FRAMING_REACH = 30;

    boolean isFrom(int i) {
        return found.get(i).role() == Found.Role.FROM;
    }

    Kind intent(int i) {
        return intents[i];
    }

    /** A target or a comparator: dated by the value it is set against when it has no phrase of its own. */
    boolean isCompared(int i) {
        return intents[i] == Kind.TARGET || !scopes[i].isOwn();
    }

    /** Whether value {@code i} stands inside brackets ("(against 82.7% for the week commencing 1 July)"). */
    boolean inBrackets(int i) {
        if (bracketed == null) {
            // one pass over the sentence for all values, which come in sentence order
            bracketed = new boolean[found.size()];
            int depth = 0;
            int k = 0;
            for (int v = 0; v < found.size(); v++) {
                int start = found.get(v).quantity().start();
                if (start < k) {
                    depth = 0; // a value out of sentence order: count from the start again
                    k = 0;
                }
                for (; k < start; k++) {
                    char c = sentence.charAt(k);
                    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                }
                bracketed[v] = depth > 0;
            }
        }
        return bracketed[i];
    }

    /**
     * Whether the sentence states the value of what a change is counted against ("2 points above
     * the national average of 75%", "12% against a target of 10%, 2% above it"): then that change
     * implies no new value.
     */
    boolean states(CountedAgainst.Reference reference) {
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).quantity().isChange()
                    && (reference.target() ? intents[i] == Kind.TARGET : scopes[i] == reference.scope())) {
                return true;
            }
        }
        return false;
    }

    /** A value of the council's own that targets and comparators may be set against. */
    boolean isReference(int i) {
        return scopes[i].isOwn() && intents[i] == null && !found.get(i).quantity().isChange() && !isFrom(i);
    }

    /**
     * Words between two values that set them against each other ("up from", "compared with",
     * "against a target of", an aside in parentheses): a time phrase of one is then not the other's.
     */
    boolean contrasted(int a, int b) {
        int from = found.get(Math.min(a, b)).quantity().end();
        int to = found.get(Math.max(a, b)).quantity().start();
        if (from >= to) {
            return false;
        }
        int paren = sentence.indexOf('(', from);
        return paren >= 0 && paren < to || Cues.CONTRAST.find(sentence, from, to) != null;
    }

    /**
     * "compared with the same period last year", "compared with Quarter 2 2019/20": a phrase naming
     * what a value is compared with dates no other value (but the earlier side of a transition).
     */
    boolean isReferenceOfComparison(int mention) {
        if (referenceOfComparison == null) {
            referenceOfComparison = new Boolean[mentions.size()];
        }
        if (referenceOfComparison[mention] == null) {
            referenceOfComparison[mention] = readReferenceOfComparison(mention); // asked for each value: worked out once
        }
        return referenceOfComparison[mention];
    }

    private boolean readReferenceOfComparison(int mention) {
        TimeMention m = mentions.get(mention);
        boolean relative = m.role() == TimeMention.Role.AGO || m.role() == TimeMention.Role.REFERENCE;
        // "on last year", "below the same period last year" compare; "on 25 August 2022" dates
        java.util.regex.Pattern before = relative ? COMPARED_OR_ON : COMPARED;
        return before.matcher(sentence).region(Math.max(0, m.start() - COMPARED_REACH), m.start()).find()
                // "Compared with its own results a year earlier, ...": what is compared with, then when
                || relative && COMPARED_WITH_WHAT.matcher(sentence).region(Math.max(0, m.start() - 50), m.start()).find()
                || sentence.indexOf(" as ") >= 0 && SAME_AS.matcher(sentence).region(Math.max(0, m.start() - SAME_AS_REACH), m.start()).find()
                || (sentence.indexOf("half") >= 0 || sentence.indexOf("twice") >= 0 || sentence.indexOf("double") >= 0)
                && RATIO_OF.matcher(sentence).region(Math.max(0, m.start() - SAME_AS_REACH), m.start()).find();
    }

    /** How far before a period the words comparing with it may start: "compared directly with at the end of". */
    private static final int COMPARED_REACH = 32;

    /** "the same number as at the end of 2015-16", "the same as in 2018/19", "much as at Q3": what the value is the same as. */
    private static final java.util.regex.Pattern SAME_AS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:same(?:\\s+[a-z]+){0,2}|much|just)\\s+as\\s+(?:at|in|on|for|during)?\\s*(?:the\\s+(?:end|start)\\s+of\\s+)?(?:the\\s+)?$");
    private static final int SAME_AS_REACH = 50;
    /** "fell to 12, half the number at the start of April", "twice the level of 2019": the level a value is a multiple of. */
    private static final java.util.regex.Pattern RATIO_OF = java.util.regex.Pattern.compile(
            "(?i)\\b(?:half|twice|double)\\s+(?:the\\s+)?(?:number|level|figure|rate|total|amount)\\s+(?:at|in|on|of|for|during)\\s+"
                    + "(?:the\\s+(?:start|end|beginning)\\s+of\\s+)?(?:the\\s+)?$");

    /** "than in 2010/11", "compared with at the end of June": a preposition may stand before the period compared with. */
    private static final String PREPOSITION = "(?:(?:in|at|during|for)\\s+)?";
    private static final java.util.regex.Pattern COMPARED_OR_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(compared\\s+(?:[a-z]+ly\\s+)?(?:to|with)|than|versus|vs\\.?|against|on|below|above|behind|ahead\\s+of)\\s+" + PREPOSITION + "$");
    private static final java.util.regex.Pattern COMPARED_WITH_WHAT = java.util.regex.Pattern.compile(
            "(?i)\\bcompared\\s+(?:[a-z]+ly\\s+)?(?:to|with)\\s+(?:[a-z’']+\\s+){1,4}$");
    private static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
            "(?i)\\b(compared\\s+(?:[a-z]+ly\\s+)?(?:to|with)|than|versus|vs\\.?|against)\\s+" + PREPOSITION + "$");

    boolean publication(TimeMention m) {
        return Cues.PUBLICATION.find(sentence, Math.max(0, m.start() - PUBLICATION_REACH), m.start()) != null;
    }

    /**
     * A date that dates none of the sentence's values: when figures were published, or the year
     * of the plan whose items are counted ("Of our 21 Priority Actions for 2011/12, 13 are Green").
     */
    boolean datesNothing(int mention) {
        if (datesNothing == null) {
            datesNothing = new Boolean[mentions.size()];
        }
        if (datesNothing[mention] == null) {
            TimeMention m = mentions.get(mention);
            datesNothing[mention] = publication(m) || yearOfPlanItems(m) || ofAMeeting(m) || deliveryDeadline(m); // worked out once
        }
        return datesNothing[mention];
    }

    /**
     * "taken at the October meeting of Council", "the March Cabinet": the meeting a report went to, not
     * what it measures. ("Presented to Cabinet in July, which showed the gap had risen to £16m" dates
     * the position it showed, so only the month naming the meeting is left out.)
     */
    private boolean ofAMeeting(TimeMention m) {
        return MEETING_AFTER.matcher(sentence).region(m.end(), Math.min(sentence.length(), m.end() + MEETING_REACH)).lookingAt();
    }


    /**
     * "199 (88%) were complete or on track for delivery by the end of the financial year": the deadline
     * of what is counted, not the period of the count.
     */
    private boolean deliveryDeadline(TimeMention m) {
        return byWithin(m.start())
                && DELIVERY_BY.matcher(sentence).region(Math.max(0, m.start() - DELIVERY_REACH), m.start()).find();
    }

    /** A "by " starting within {@link #DELIVERY_REACH} before {@code end} (or at it): looked for there, not back to the sentence's start. */
    private boolean byWithin(int end) {
        for (int k = Math.min(end, sentence.length()); k >= 0 && k >= end - DELIVERY_REACH; k--) {
            if (sentence.startsWith("by ", k)) {
                return true;
            }
        }
        return false;
    }

    private static final int DELIVERY_REACH = 45;
    private static final java.util.regex.Pattern DELIVERY_BY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:on\\s+track|due|scheduled|planned|expected)\\s+(?:for\\s+(?:delivery|completion)|to\\s+(?:be\\s+)?"
                    + "(?:delivered|completed|complete|deliver))\\s+(?:by|before)\\s+(?:the\\s+)?$");

    private static final int MEETING_REACH = 30;
    private static final java.util.regex.Pattern MEETING_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:full\\s+)?(?:council\\s+)?(?:meeting|cabinet|committee)\\b");

    private boolean yearOfPlanItems(TimeMention m) {
        String[] before = text.lastTwoWordsBefore(m.start());
        return (before[1].equals("for") || before[1].equals("in")) && FrameworkCount.FRAMEWORK_NOUNS.contains(before[0]);
    }

    /** "Performance has improved to 5.8%", "which is currently at 38%": undated values are the report's own. */
    boolean speaksOfNow() {
        if (now == null) {
            now = Cues.NOW.in(sentence);
        }
        return now;
    }

    /** The value's own clause speaks of the present: "and performance has improved to 5.8%". */
    boolean nowInClause(int i) {
        Quantity q = found.get(i).quantity();
        // the clause is found only in a sentence with such a word at all: most have none
        return speaksOfNow()
                && Cues.NOW.find(sentence, KindClassifier.clauseStart(sentence, q.start()), KindClassifier.clauseEnd(sentence, q.end())) != null;
    }

    /**
     * "Over the same period the share fell to 28.4%", "Blue bins brought in 13,957 tonnes from the same
     * households": what the sentence before measured, over its time; not "the same period last year",
     * which names a time of its own.
     */
    private static final java.util.regex.Pattern SAME_AS_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:over|in|during|for|across|from|of|by)\\s+the\\s+same\\s+[a-z]+\\b(?!\\s+(?:last|of\\s+last|in\\s+the\\s+previous"
                    + "|of\\s+the\\s+previous|the\\s+previous|a\\s+year|the\\s+year|in\\s+\\d|of\\s+\\d|\\d|one\\s+year|previous|as\\b))");

    /** The sentence picks up where the one before it left off: "That is a rate of ...", "Of these, ...". */
    boolean continuesPrevious() {
        if (continues == null) {
            continues = Cues.CONTINUES.startsWith(sentence) || Cues.EQUIVALENT.startsWith(sentence)
                    || Cues.BACK_REFERENCE.find(sentence, 0, Math.min(sentence.length(), BACK_REFERENCE_REACH)) != null
                    || text.lower().contains("the same ") && SAME_AS_BEFORE.matcher(sentence).find();
        }
        return continues;
    }

    /** A time phrase opening the sentence before its first value: "Looking back at 2010/11, nine of ...". */
    TimeMention framing() {
        if (!framingKnown) {
            framing = findFraming();
            framingKnown = true;
        }
        return framing;
    }

    private TimeMention findFraming() {
        if (mentions.isEmpty()) {
            return null;
        }
        TimeMention first = mentions.get(0);
        int firstValue = found.isEmpty() ? sentence.length() : found.get(0).quantity().start();
        if (first.end() > firstValue || first.start() > FRAMING_REACH || datesNothing(0)
                || Cues.COMPARISON_BASE.lastEnd(sentence, 0, first.start()) >= 0) {
            return null;
        }
        int comma = sentence.indexOf(',', first.end());
        boolean closesPhrase = comma >= 0 && comma < firstValue && comma - first.end() < 25;
        boolean leadIn = sentence.endsWith(":");
        return closesPhrase || leadIn ? first : null;
    }
}
