package dev.yardstick.extract;

import java.util.List;
import java.util.Set;

/**
 * A count that sizes a performance framework instead of measuring the council's performance
 * (the conventions: "12 KPIs", "27 of the 31 measures"): a number of indicators, measures or
 * actions said to be reported, rated, monitored, available or left out ("315 indicators were
 * reported", "Of 36 indicators, 24 were RAG rated", "a further 24 indicators were data only",
 * "this excludes 108 annual indicators"). A count of indicators that says how they performed
 * ("17 indicators had met their target", "8 were red") is a measurement and stays one.
 */
final class FrameworkCount {

    /** What a plan or scorecard counts. */
    static final Set<String> FRAMEWORK_NOUNS = Set.of("indicators", "measures", "kpis", "kpms", "pis", "targets", "actions",
            "commitments", "priorities", "objectives", "milestones", "outcomes", "deliverables", "metrics", "activities",
            // what a plan or report is made of: "sets out three ambitions", "across six key themes", "has two parts"
            "ambitions", "themes", "pledges", "elements", "parts", "sections", "categories");
    private static final WordSet FRAMEWORK_NOUN_WORDS = WordSet.of(FRAMEWORK_NOUNS);

    /** A label counting the plan's own items: "Number of measures", "Total KPIs reported", "Total number of targets". */
    static final java.util.regex.Pattern TOTAL_LABEL = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:(?:the\\s+)?(?:total\\s+)?(?:number|no\\.?)\\s+of|total)\\s+(?:\\w+\\s+){0,2}?(?:"
                    + String.join("|", FRAMEWORK_NOUNS) + ")(?:\\s+(?:reported|monitored|rated|in\\s+the\\s+plan))?\\s*$");

    /** Words that say whether an indicator could be reported (or joined or left the set), not how it did. */
    private static final WordSet AVAILABILITY = WordSet.of(Set.of("reported", "reportable", "rated", "rag", "rating", "ratings",
            "monitoring", "monitored", "data", "result", "results", "annual", "excludes", "excluded", "exclude", "available",
            "availability", "given", "carry", "carries", "targetable", "measured", "applicable", "included", "includes",
            "through", "tracked", "assessed", "due", "monitor", "travel", "report", "reports", "reporting", "new", "introduced",
            "added", "removed", "retired", "replaced", "volumetric",
            // how often an indicator is counted, and whether it has a target at all: "35 are collected every quarter",
            // "5 of them without a target", "5 more measures have no target yet"
            "collected", "quarterly", "annually", "without"));

    /** Availability that only indicators have: a count "given a RAG status" counts indicators, whatever it calls them. */
    private static final WordSet INDICATOR_ONLY = WordSet.of(Set.of("rag", "rated", "rating", "ratings", "targetable",
            "volumetric")); // not "reportable": "9 reportable incidents" are incidents
    /** {@link #FRAMEWORK_NOUNS} and {@link #INDICATOR_ONLY} in one table: every word of a sentence with a count is asked of both. */
    private static final WordSet ITEMS_OR_INDICATOR_ONLY = FRAMEWORK_NOUN_WORDS.or(INDICATOR_ONLY);

    /** Words that say how indicators performed: with one of these the count is a result. */
    private static final WordSet RESULT_OUTCOMES = WordSet.of(Set.of("employment", "apprenticeship", "job", "jobs", "training",
            "education", "learning", "work", "positive", "successful", "housing", "health", "treatment", "accommodation",
            "prevention", "relief", "rehousing", "tenancy", "support", "care", "homelessness"));

    private static final WordSet PERFORMANCE = WordSet.of(Set.of("green", "amber", "red", "improved", "improving", "improvement",
            "improve", "declined", "declining", "deteriorated", "worsened", "worse", "better", "met", "meet", "meeting",
            "exceeded", "exceeding", "achieved", "achieving", "missed", "track", "complete", "completed", "delayed",
            "maintained", "stable", "positive", "negative", "below", "above", "ahead", "behind", "slipped", "static",
            "same", "underperforming", "successful", "failed", "delivered", "delivering", "schedule", "concern", "target",
            // where indicators stand among councils: "in the top quartile for 22 indicators"
            "quartile", "quintile", "decile"));

    /**
     * How many tokens may stand between a count and the noun it counts ("108 annual indicators",
     * "14 key delivery outcomes", "12 of the 26 indicators").
     */
    private static final int MODIFIERS = 4;

    /** The bodies a council's performance is ranked among. */
    private static final Set<String> PEERS = Set.of("councils", "authorities", "boroughs", "unitaries", "counties", "districts");

    /**
     * "Among the 22 Welsh councils", "all 33 London boroughs": the league a council is ranked in, no
     * measurement of it; nor are "only two authorities" that did better.
     */
    private boolean isLeague(int first, int last) {
        Token prev = tok(first - 1);
        // "only two authorities in the comparator group recorded a lower rate": other councils counted, not this one's work
        if (prev == null || !(prev.is("the") || prev.is("all") || prev.is("only") || prev.is("just"))) {
            return false;
        }
        for (int k = last + 1; k <= last + MODIFIERS && k < t.size() && t.get(k).isWord(); k++) {
            if (PEERS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private final List<Token> t;
    /** Whether the sentence has a word of availability at all: worked out once, as most sentences have none. */
    private Boolean speaksOfAvailability;

    FrameworkCount(List<Token> tokens) {
        this.t = tokens;
    }

    private boolean speaksOfAvailability() {
        if (speaksOfAvailability == null) {
            boolean any = false;
            for (int k = 0; k < t.size() && !any; k++) {
                any = t.get(k).isWord() && AVAILABILITY.contains(t.get(k));
            }
            speaksOfAvailability = any;
        }
        return speaksOfAvailability;
    }

    /**
     * Whether the sentence has a word naming a plan's items or one that only indicators have:
     * worked out once, as most sentences have neither.
     */
    private Boolean namesItems;

    private boolean namesItems() {
        if (namesItems == null) {
            boolean any = false;
            for (int k = 0; k < t.size() && !any; k++) {
                // words alone: a number or a sign is none of these nouns
                any = t.get(k).isWord() && ITEMS_OR_INDICATOR_ONLY.contains(t.get(k));
            }
            namesItems = any;
        }
        return namesItems;
    }

    /** Whether the count at tokens [first, last] sizes the framework. */
    boolean sizes(int first, int last) {
        if (!namesItems()) {
            // every other test needs the items named (after the count, or before it in the sentence) or a word
            // only indicators have: without them the count can only be a league's
            return isLeague(first, last);
        }
        if (isTotal(first, last) || isStatedSize(first, last) || isLeague(first, last) || isLabelledTotal(first)) {
            return true;
        }
        Token prev = tok(first - 1);
        Token next = tok(last + 1);
        if (next == null || !next.isWord() || prev != null && !prev.isWord() && isCurrency(prev)
                || Lexicon.DURATION_UNITS.contains(next.lower()) || next.is("stars") || next.is("star")) {
            // "a rolling figure of 419 days is rated good": a length of time counts no indicators; "rated 5 stars" is the rating
            return false;
        }
        if (!speaksOfAvailability()) {
            return false; // asked after the words around the count, which settle most counts without reading the sentence
        }
        boolean availability = false;
        boolean indicatorsOnly = false;
        for (int k = clauseStart(first); k <= clauseEnd(last); k++) {
            Token w = t.get(k);
            if (k >= first && k <= last || !w.isWord()) {
                continue;
            }
            if (performs(k)) {
                return false;
            }
            availability |= AVAILABILITY.contains(w);
            indicatorsOnly |= INDICATOR_ONLY.contains(w);
        }
        return availability && (indicatorsOnly || countsFrameworkItems(first, last));
    }

    /** "Key Priorities in numbers: Total number of targets = 18": a scorecard's labelled count of its items. */
    private boolean isLabelledTotal(int first) {
        Token sign = tok(first - 1);
        if (sign == null || !(sign.is("=") || sign.is(":"))) {
            return false;
        }
        int k = first - 2;
        while (k >= 0 && k >= first - LABEL_WORDS && t.get(k).isWord()) {
            k--;
        }
        StringBuilder label = new StringBuilder();
        for (int w = k + 1; w <= first - 2; w++) {
            label.append(t.get(w).text()).append(' ');
        }
        return label.length() > 0 && TOTAL_LABEL.matcher(label).matches();
    }

    /** The most words a label before "=" or ":" is read back: "Total number of performance indicators reported". */
    private static final int LABEL_WORDS = 7;

    /**
     * The whole a share or count is taken of: "27 of the 31 measures", "44 (68.7%) of the 64
     * measures with targets", "Of the 16 Business Plan measures, 12 ...", "50 of the then 57".
     */
    private boolean isTotal(int first, int last) {
        int k = first - 1;
        while (k >= 0 && k >= first - 4 && !t.get(k).is("of") && (t.get(k).isWord() || t.get(k).is("'") || t.get(k).is("’"))) {
            k--; // "of the then 57", "of our 21", "of the council's 55"
        }
        return k >= 0 && t.get(k).is("of") && namesItemsAfter(last);
    }

    /**
     * A count of the plan's items said in a clause that says nothing of how they did: "There are
     * 40 Vital Signs indicators in 2015-16", "It covers 87 performance measures".
     */
    private boolean isStatedSize(int first, int last) {
        if (!namesItemsAfter(last)) {
            return false;
        }
        for (int k = clauseStart(first); k <= clauseEnd(last); k++) {
            if ((k < first || k > last) && t.get(k).isWord() && performs(k)) {
                return false;
            }
        }
        return true;
    }

    /** A word of how things did: "met", "red", "on track"; "plan" only as "on plan" ("three of the four ambitions were on plan"). */
    private boolean performs(int k) {
        Token w = t.get(k);
        if (w.is("target") && k > 0 && (t.get(k - 1).is("no") || t.get(k - 1).is("a") && k > 1 && t.get(k - 2).is("without"))) {
            return false; // "5 of them without a target": whether a target is set, not how it was met
        }
        return PERFORMANCE.contains(w) || w.is("plan") && k > 0 && t.get(k - 1).is("on");
    }

    /** The count names the plan's items it counts: "315 indicators", "108 annual indicators", "55 measures". */
    private boolean namesItemsAfter(int last) {
        for (int k = last + 1; k <= last + 1 + MODIFIERS && k < t.size(); k++) {
            Token w = t.get(k);
            if (!w.isWord() && !w.is("-") && !w.isNumber() && !w.is("'")) {
                return false;
            }
            if (FRAMEWORK_NOUN_WORDS.contains(w)) {
                // "3 apprenticeship outcomes", "6 employment outcomes": people's results, not the plan's items
                return !(w.is("outcomes") && k > last + 1 && RESULT_OUTCOMES.contains(t.get(k - 1)));
            }
        }
        return false;
    }

    /**
     * The count names what it counts ("315 indicators", "108 annual indicators"), refers to them
     * ("244 of them"), or stands alone after the sentence has named them ("Of 36 indicators, 24
     * were RAG rated").
     */
    private boolean countsFrameworkItems(int first, int last) {
        if (namesItemsAfter(last)) {
            return true;
        }
        boolean namedBefore = false;
        for (int k = 0; k < first; k++) {
            namedBefore |= t.get(k).isWord() && FRAMEWORK_NOUN_WORDS.contains(t.get(k));
        }
        return namedBefore;
    }

    /** A count listed after another ("14 key delivery outcomes and 70 measures") shares the clause of the first. */
    private int clauseStart(int first) {
        int k = first;
        while (k > 0 && (!isBoundary(t.get(k - 1)) || k == first && t.get(k - 1).is("and"))) {
            k--;
        }
        return k;
    }

    private int clauseEnd(int last) {
        int k = last;
        while (k + 1 < t.size() && !isBoundary(t.get(k + 1))) {
            k++;
        }
        return k;
    }

    private static boolean isBoundary(Token k) {
        // brackets are no boundary: "where available (12 indicators)" is said of the count inside them
        // (compared in place, by length where the lower case keeps it: most tokens are asked, and need no lower case made)
        return switch (k.lowerKeepsOffsets() ? k.length() : -1) {
            case 1 -> k.is(",") || k.is(";") || k.is(":") || k.is(".");
            case 3 -> k.is("and") || k.is("but");
            case 5 -> k.is("while");
            case 6 -> k.is("whilst");
            case -1 -> k.is(",") || k.is(";") || k.is(":") || k.is(".") || k.is("and") || k.is("but") || k.is("while") || k.is("whilst");
            default -> false;
        };
    }

    private static boolean isCurrency(Token k) {
        return k.is("£") || k.is("$") || k.is("€");
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
