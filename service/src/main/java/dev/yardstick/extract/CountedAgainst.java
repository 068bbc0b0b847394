package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a change is counted against when that is not an earlier period: a target ("2.5% above
 * target", "1% short of the Welsh Government target for 2012-13", "9kg better than our target")
 * or a comparator ("2% points above the national average", "6.5% higher than the regional
 * average"). The level the change stands off from then gives the reference's own value, for the
 * level's period unless the reference names its own, scoped as the reference is: the conventions'
 * derived value. A reference whose value the sentence states ("above the target of 90%") yields
 * nothing: a change between two stated levels is no new value.
 */
final class CountedAgainst {

    /** @param period the period the reference names ("the target for 2012-13"), or null for the level's */
    record Reference(Scope scope, boolean target, ReportingPeriod period) {
    }

    /** The words between a change and its reference: "points above the", "higher than that of the", "short of our". */
    private static final Pattern LEAD = Pattern.compile(
            "(?i)^\\s*(?:percentage\\s+)?(?:points?\\s+)?(?:higher|lower|better|worse|greater|more|less|fewer|above|below"
                    + "|ahead|behind|short|up|down)\\s+(?:than\\s+|of\\s+|on\\s+)?(?:that\\s+of\\s+|those\\s+of\\s+|in\\s+|for\\s+)?"
                    + "(?:both\\s+)?(?:the\\s+|our\\s+|its\\s+|their\\s+|this\\s+year['’]s\\s+|the\\s+council['’]s\\s+)?");
    /** The reference's own words run to the end of its clause: a comma, a bracket or the next clause's "and". */
    private static final Pattern WORDS = Pattern.compile("(?i)^[\\p{L}\\s'’-]{1,60}?(?=\\s*(?:[,;:.()]|\\d|[£$€]|\\band\\b|\\bbut\\b|\\bwhich\\b|$))");
    private static final Pattern TARGET_WORD = Pattern.compile("(?i)\\b(?:targets?|goal|aim|ambition)\\b");
    /** "the target of 90%", "the national average (64%)": the sentence states the reference's value. */
    private static final Pattern STATED = Pattern.compile("^\\s*(?:of\\s+|at\\s+|is\\s+|was\\s+|\\(\\s*)?[£$€]?\\d");

    private CountedAgainst() {
    }

    /**
     * @param changeEnd where the change's own text ends
     * @return the target or comparator the change stands off from, or null when it is counted from a period
     */
    static Reference read(String s, int changeEnd, List<TimeMention> mentions) {
        Matcher lead = LEAD.matcher(s).region(changeEnd, s.length());
        if (!lead.lookingAt()) {
            return null;
        }
        Matcher words = WORDS.matcher(s).region(lead.end(), s.length());
        if (!words.lookingAt()) {
            return null;
        }
        String reference = words.group();
        TimeMention after = mentionAt(mentions, words.end());
        // "the target for 2012-13": a time phrase right after the reference's words is the reference's own
        ReportingPeriod named = after == null || after.role() != TimeMention.Role.PERIOD ? null : after.period();
        int end = named != null ? after.end() : words.end();
        if (STATED.matcher(s.substring(end)).lookingAt()) {
            return null;
        }
        if (TARGET_WORD.matcher(reference).find()) {
            return new Reference(Scope.OWN, true, named);
        }
        Scope scope = ScopeReader.ofLabel(reference);
        boolean benchmark = scope == Scope.ENGLAND || scope == Scope.REGION || scope == Scope.NEIGHBOURS;
        return benchmark ? new Reference(scope, false, null) : null;
    }

    /** The time phrase starting within a few characters of {@code at} (" for ", " in "), or null. */
    private static TimeMention mentionAt(List<TimeMention> mentions, int at) {
        for (TimeMention m : mentions) {
            if (m.start() >= at && m.start() - at <= FOR_REACH) {
                return m;
            }
        }
        return null;
    }

    /** " for ", " in ": how far a reference's own period may stand after its words. */
    private static final int FOR_REACH = 5;
}
