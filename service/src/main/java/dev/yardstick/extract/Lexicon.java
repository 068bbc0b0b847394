package dev.yardstick.extract;

import java.util.Set;

/** Word lists the quantity scanner reads context with. Kept together so they are easy to extend. */
final class Lexicon {

    private Lexicon() {
    }

    /** A number right after these is a name or label, not a measurement: "Round two", "Stage 2", "type 3". */
    static final Set<String> LABEL_WORDS = Set.of(
            "round", "stage", "phase", "tier", "level", "cohort", "cohorts", "type", "unit", "band", "grade", "step",
            "attainment", "progress",
            "wave", "year", "page", "pages", "section", "appendix", "item", "no", "number", "option", "priority",
            "table", "figure", "annex", "annexe", "paragraph", "paragraphs", "para", "column", "columns", "schedule", "chapter",
            "junction", "junctions", "grades", "clause", "clauses", "article", "category", "class", "lot", "part", "ward", "block", "zone", "act",
            "route", "version", "release", "sprint", "top", "bottom", "ks", "key", "group", "floor", "platform",
            "objective", "outcome", "theme", "recommendation", "recommendations", "action", "line", "row", "week", "years", "minute",
            "quarter", "quarters", "quintile", "quartile", "decile",
            // a budget report's own periods: "At Month 2 (to 30 May 2017)", "At Period 5 the directorate forecasts"
            "month", "period",
            // carbon reporting's scopes: "Scope 1 and 2 emissions"; a disease's name: "the Covid 19 pandemic"
            "scope", "covid",
            // a report's own furniture: "See Chart 1 below", "Domain 1: Enhancing quality of life", "slide 4"
            "chart", "charts", "graph", "graphs", "diagram", "slide", "slides", "domain", "domains",
            // a plan's numbered items: "Indicator 32, the percentage of ...", "KPIs 4 to 8 are contextual"
            "indicator", "indicators", "kpi", "kpis", "pi", "pis", "pam", "pams", "measure", "measures");

    /** Parts of a document or release numbered with decimals too: "section 3.2", "paragraph 4.1.2", "version 2.1". */
    static final Set<String> NUMBERED_PARTS = Set.of("section", "paragraph", "para", "appendix", "annex", "table", "figure",
            "chapter", "clause", "item", "version", "release");

    /** The highest number a label word's scale has: beyond it the number is no label ("the quarter 4976 tenants"). */
    static final java.util.Map<String, Integer> LABEL_SCALES = java.util.Map.ofEntries(java.util.Map.entry("quarter", 4),
            java.util.Map.entry("quarters", 4), java.util.Map.entry("quartile", 4), java.util.Map.entry("quintile", 5),
            java.util.Map.entry("decile", 10), java.util.Map.entry("year", 13), java.util.Map.entry("years", 13),
            java.util.Map.entry("week", 53), java.util.Map.entry("month", 12), java.util.Map.entry("period", 13),
            java.util.Map.entry("scope", 3));

    /** Units of a file's size: "Appendix 1 (PDF, 245 KB)". */
    static final Set<String> FILE_SIZES = Set.of("kb", "mb", "gb", "kbytes", "mbytes", "bytes");

    /**
     * Words that set "the" time after them against another: "than the 108 seconds", "against the 12 days",
     * "an increase on the 24 weeks", "down from the 30 days".
     */
    static final Set<String> TIME_COMPARED_WITH = Set.of("than", "against", "versus", "with", "beating", "missing", "on", "from");

    /** Units of time: a number with one is a duration ("5-year period", "over the next two years"). */
    static final Set<String> DURATION_UNITS = Set.of(
            "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
            "minute", "minutes", "second", "seconds", "decade", "decades", "fortnight", "fortnights");

    /**
     * Spans of a report's own calendar: after a number they make a duration ("for two consecutive
     * quarters") but, unlike {@link #DURATION_UNITS}, never name a unit ("Performance this quarter").
     */
    static final Set<String> REPORTING_SPANS = Set.of("quarter", "quarters");

    /**
     * Words before a duration that make it part of the story rather than a measurement: "over the
     * next 3 years"; "within" gives a standard ("determined within 13 weeks"), not a result.
     */
    static final Set<String> NARRATIVE_TIME_WORDS = Set.of(
            "over", "for", "next", "last", "past", "first", "few", "coming", "following", "after", "in", "the", "a", "an",
            "each", "every", "within", "inside", "previous", "final", "initial", "remaining", "of", "two", "three", "four", "five",
            "same", "least", "rolling");

    /** Words between a number and its time unit: "20 working days", "10 clear days", "two consecutive quarters", "the previous two financial years". */
    static final Set<String> DAY_KINDS = Set.of("working", "calendar", "business", "clear", "school", "consecutive", "successive",
            "financial", "academic", "full");

    /** Words before a duration that make it the measurement itself ("an average of 12 days"). */
    static final Set<String> DURATION_MEASURE_CUES = Set.of(
            "average", "averaged", "averaging", "mean", "median", "took", "taking", "takes", "wait", "waiting",
            "waited", "time", "target", "targets", "figure", "outturn");

    /** A person noun after "under 18"/"over 65" makes the number an age. */
    static final Set<String> AGE_NOUNS = Set.of(
            "women", "men", "girls", "boys", "mothers", "fathers", "parents", "conceptions", "pregnancies", "year",
            "years", "yr", "olds", "s", "population", "residents", "people", "children", "pupils", "students");

    static final Set<String> RANK_WORDS = Set.of(
            "quintile", "quartile", "decile", "percentile", "place", "position", "highest", "lowest", "best",
            "worst", "ranked", "ranking", "rank");

    static final Set<String> MONEY_CONTEXT = Set.of(
            "funding", "fund", "funds", "funded", "grant", "grants", "bid", "bids", "budget", "cost", "costs",
            "saving", "savings", "spend", "spending", "income", "payment", "payments", "overspend", "underspend",
            "investment", "revenue", "capital", "pounds", "price", "fee", "fees", "sponsorship", "raised", "paid");

    /** Verbs and nouns of change before a number: "dropped by 4%", "up 6%", "an increase of 12%". */
    static final Set<String> UP_WORDS = Set.of(
            "up", "increased", "increase", "increases", "increasing", "rose", "risen", "rise", "rising", "grew",
            "grown", "growth", "improved", "improvement", "improving", "gain", "gained", "higher");
    static final Set<String> DOWN_WORDS = Set.of(
            "down", "decreased", "decrease", "decreases", "decreasing", "fell", "fallen", "fall", "falling",
            "dropped", "drop", "dropping", "declined", "decline", "declining", "reduced", "reduction", "reducing",
            "lower", "cut", "cuts", "slipped", "slip", "slips");

    /** Words that end a count's noun phrase. */
    static final Set<String> PHRASE_STOPS = Set.of(
            "and", "or", "the", "to", "in", "is", "was", "were", "are", "has", "have", "had", "will", "would", "with",
            "for", "on", "at", "by", "of", "as", "which", "that", "but", "from", "a", "an", "it", "this", "been", "be",
            "being", "per", "than", "into", "across", "over", "under", "during", "since", "within", "so", "who",
            "whom", "we", "they", "live", "now", "up", "out", "more", "less", "also", "already", "each", "there",
            "through", "throughout", "including", "met", "made", "held", "took", "began", "ran", "rose", "fell", "went", "came",
            "saw", "paid", "won", "got", "led", "set", "sold", "put", "kept", "left", "built", "seen", "done",
            "gone", "can", "could", "should", "may", "might", "must", "not", "all", "only", "still", "currently",
            "following", "against", "between", "about", "around", "where", "when", "while", "whilst", "if", "these",
            "those", "their", "its", "our", "his", "her", "them", "us", "you", "i", "he", "she", "due", "one",
            "fewer", "higher", "lower", "greater", "better", "worse", "longer", "shorter", "quicker", "faster", "slower");

    /** Nouns at the head of a count's phrase that make it a rate or per-unit value. */
    /** Money named by a word after the number rather than a sign before it. */
    static final Set<String> MONEY_NOUNS = Set.of("pounds", "pound", "pounds sterling", "sterling");

    static final Set<String> RATE_BASES = Set.of("1000", "1,000", "10,000", "100,000", "100", "thousand", "10000", "100000");

    /** Comparatives of amount and of time: "longer" is more time taken, "quicker" less. */
    static final java.util.Map<String, Change.Direction> BRACKETED_COMPARATIVES = java.util.Map.ofEntries(
            java.util.Map.entry("more", Change.Direction.UP), java.util.Map.entry("higher", Change.Direction.UP),
            java.util.Map.entry("longer", Change.Direction.UP), java.util.Map.entry("slower", Change.Direction.UP),
            java.util.Map.entry("up", Change.Direction.UP), java.util.Map.entry("fewer", Change.Direction.DOWN),
            java.util.Map.entry("less", Change.Direction.DOWN), java.util.Map.entry("lower", Change.Direction.DOWN),
            java.util.Map.entry("shorter", Change.Direction.DOWN), java.util.Map.entry("quicker", Change.Direction.DOWN),
            java.util.Map.entry("faster", Change.Direction.DOWN), java.util.Map.entry("down", Change.Direction.DOWN));
}
