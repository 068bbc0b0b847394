package dev.yardstick.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A goal's words reach past the value they stand by: the other side of a target's transition ("the
 * target will rise from 87% to 93%"), the level a targeted change leads to ("to cut delays by 60%,
 * to 6.7"), where the target goes next ("the A1 target was 639 days; by 2014 it had come down to 547
 * days"), and a figure restating it in brackets ("639 days (21 months)").
 */
final class IntentsCarried {

    static final Pattern TO_BEFORE = Pattern.compile("(?i)\\bto\\s*$");
    /** "rising to", "it had come down to", "falls to": where the value before goes next. */
    private static final Pattern MOVES_TO = Pattern.compile(
            "(?i)\\b(?:ris(?:es|ing|en)|fall(?:s|ing|en)|increas(?:es|ing)|reduc(?:es|ing)|c(?:ome|omes|oming)\\s+down"
                    + "|go(?:es|ing)\\s+up|moves|moving)\\s+to\\s*$"); // not "rose to", "fell to": what the value did, in a report
    /** "raising the target from 87% to 93%": a target named, whose both sides are targets. */
    private static final Pattern TARGET_WORD = Pattern.compile("(?i)\\btargets?\\b");
    /** The verb of a move: what stands between it and "from" is what moves. */
    private static final Pattern MOVE_VERB = Pattern.compile("(?i)\\b(?:rais|increas|reduc|lower|lift|bring|cut|improv)\\w*\\b");

    /**
     * Whether what moves from the value at {@code from} is a target: "raising the target for repairs from 87%"
     * is; "The target was stretching: it meant raising the recycling rate from 36%" moves the rate.
     */
    private static boolean movesATarget(String s, int from) {
        java.util.regex.Matcher verb = MOVE_VERB.matcher(s).region(0, from);
        int last = -1;
        while (verb.find()) {
            last = verb.end();
        }
        return TARGET_WORD.matcher(s).region(Math.max(last, 0), from).find();
    }
    private static final Pattern ASIDE = Pattern.compile("\\s*\\(\\s*");
    /** How far before a value the words of its move may start: "and it falls to 487 days". */
    private static final int MOVE_REACH = 40;

    private IntentsCarried() {
    }

    /** Fills in {@code intents} (null where a value's own words gave none) from the goal beside it. */
    static void over(String s, List<Found> found, Kind[] intents) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).role() == Found.Role.FROM && intents[i] == Kind.TARGET && !movesATarget(s, found.get(i).quantity().start())) {
                if (intents[found.get(i).partner()] == null) {
                    intents[found.get(i).partner()] = Kind.TARGET;
                }
                intents[i] = Kind.PRIOR; // "We planned to raise the share from 82.35% to 90%": the level it starts from is no aim
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).role() == Found.Role.FROM && intents[i] == Kind.TARGET && intents[found.get(i).partner()] == null) {
                intents[found.get(i).partner()] = Kind.TARGET; // "the target will rise from 87% to 93%"
            }
            if (i == 0 || intents[i] != null) {
                continue;
            }
            Quantity before = found.get(i - 1).quantity();
            Quantity q = found.get(i).quantity();
            String between = s.substring(before.end(), q.start());
            if (before.isChange() && intents[i - 1] != null && intents[i - 1] != Kind.PRIOR && TO_BEFORE.matcher(between).find()) {
                intents[i] = intents[i - 1]; // "our target is to cut delays by 60%, to 6.7": the level the change leads to
            } else if ((intents[i - 1] == Kind.TARGET || intents[i - 1] == Kind.FORECAST) && !before.isChange()
                    && NAMED_ITEM.matcher(between).matches() && before.unit().measure() == q.unit().measure()) {
                intents[i] = intents[i - 1]; // "boroughs expect to overspend, among them Lambeth (£20.0m), Redbridge (£18.3m)"
            } else if (intents[i - 1] == Kind.TARGET && !before.isChange() && ((ASIDE.matcher(between).matches() || listedByPeriod(s, between, q))
                    && before.unit().measure() == q.unit().measure() || movesTo(s, before, q) || countBehind(s, between, q))) {
                intents[i] = Kind.TARGET;
            } else if (intents[i - 1] == Kind.TARGET && !before.isChange() && nextAim(s, before, between, q)) {
                intents[i] = Kind.TARGET; // "the council aims for £56 per household and around 70 confirmed service failures"
            }
        }
    }

    /** A verb of aiming that governs what follows it: "aims for", "aim to", "plans to". */
    private static final Pattern AIMS = Pattern.compile("(?i)\\b(?:aims?|aiming|plans?|intends?|seeks?)\\s+(?:to|for)\\b");
    /** Words that turn from the aim to what was done: "aims for 90% and achieved 85%". */
    private static final java.util.Set<String> REPORTED = java.util.Set.of("was", "were", "is", "are", "has", "have", "had", "achieved",
            "reached", "recorded", "delivered", "currently", "now", "actual", "actually", "performance", "compared", "against",
            "while", "whilst", "but", "so", "far", "last", "year");

    /** The next object of the same verb of aiming, joined by "and": "... and around 70", "... and to reach 90%". */
    private static boolean nextAim(String s, Quantity before, String between, Quantity q) {
        if (between.length() > AIM_GAP || between.indexOf(';') >= 0 || between.indexOf('.') >= 0 || !between.contains(" and ")
                || !AIMS.matcher(s).region(0, before.start()).find()) {
            return false;
        }
        // "aims to build 300 homes and 120 have been completed": the words after the value say what was done
        String after = s.substring(q.end(), Math.min(s.length(), q.end() + AFTER_WORDS));
        for (String w : (between + " " + after).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (REPORTED.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The most characters a verb of aiming reaches across to its next object. */
    private static final int AIM_GAP = 120;
    /** How far after the value its own verb is looked for: "120 have been completed". */
    private static final int AFTER_WORDS = 25;

    /** "), Redbridge (", ") and Haringey (": the next of a list of named items, each with its figure in brackets. */
    private static final Pattern NAMED_ITEM = Pattern.compile(
            "^\\s*\\)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*\\s*\\(\\s*$");

    /** " for 2010/11 and ": a goal's value and the period it is for, then the next in the same words. */
    private static final Pattern PERIOD_THEN_AND = Pattern.compile("(?i)^\\s*(for|in|by)\\s+[^,;.()]{1,25}?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");

    /** "The targets were 6.10 days for 2010/11 and 6.00 days for 2011/12": a list of goals, each with its period. */
    private static boolean listedByPeriod(String s, String between, Quantity q) {
        java.util.regex.Matcher m = PERIOD_THEN_AND.matcher(between);
        return m.matches() && s.regionMatches(true, q.end(), " " + m.group(1) + " ", 0, m.group(1).length() + 2);
    }

    /** "the 2013/14 target at 94.74% (90 of 95)": the count behind a target's share is of the target too. */
    private static boolean countBehind(String s, String between, Quantity q) {
        return ASIDE.matcher(between).matches() && OF_A_WHOLE.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    private static final Pattern OF_A_WHOLE = Pattern.compile("\\s+of\\s+\\d");

    private static boolean movesTo(String s, Quantity before, Quantity q) {
        return MOVES_TO.matcher(s).region(Math.max(before.end(), q.start() - MOVE_REACH), q.start()).find()
                || MOVED_ON_TO.matcher(s).region(before.end(), q.start()).matches();
    }

    /** "The A2 target began at 213 days (7 months), came down to 182 days": the same subject's next move, in the past. */
    private static final Pattern MOVED_ON_TO = Pattern.compile(
            "(?i)\\s*\\)?\\s*(?:\\([^()]*\\))?\\s*,\\s*(?:rose|fell|came\\s+down|went\\s+up|increased|reduced|dropped)\\s+to\\s*");
}
