package dev.yardstick.extract;

import java.util.List;

/**
 * The cue vocabularies of council prose, each written once. Patterns and pre-checks both come
 * from these lists (see {@link CueFamily}), so a new phrase is added here and nowhere else.
 */
final class Cues {

    private Cues() {
    }

    /** The national comparator: England's, or Scotland's and Wales's for their councils. */
    static final CueFamily ENGLAND = CueFamily.of("england",
            "england", "england's", "english average", "english median", "english councils", "english authorities", "national*", "the country", "country as a whole", "uk",
            "scottish median", "welsh median",
            "great britain", "gb", "scotland", "scotland's", "scottish average", "wales", "wales's", "all wales", "all-wales",
            "welsh average");

    /** The regional comparator. */
    static final CueFamily REGION = CueFamily.of("region",
            "region*", "london average", "london as a whole", "london boroughs", "inner london", "outer london",
            "across london", "london's", "the south east", "the north west", "the north east", "the east midlands",
            "the west midlands", "yorkshire and the humber", "the south west", "the east of england", "bcu average",
            "bcu", "force average", "force-wide", "forcewide", "police force area", "county-wide average", "sub-regional",
            "combined authority average");

    /** Statistical neighbours and other peer groups. */
    static final CueFamily NEIGHBOURS = CueFamily.of("neighbours",
            "statistical neighbour*", "stat neighbour*", "nearest neighbour*", "family group", "comparator group",
            "comparator authorit*", "comparator council*", "similar authorit*", "similar council*", "cipfa", "peer*",
            "core cities", "shire counties", "unitary average", "county average", "met average", "metropolitan average",
            "metro median", "metro average", "met median", "metropolitan median", "metropolitan borough*", "unitary median",
            "county median", "district average", "district median", "shire district*", "comparator average",
            "comparator median", "benchmark group", "similar areas", "family average");

    /** A comparator of another kind: the population a breakdown is set against ("57.6% in the School Census"). */
    static final CueFamily OTHER_COMPARATOR = CueFamily.of("other comparator",
            "school census", "school population", "general population", "wider population", "population as a whole",
            "resident population");

    /** A breakdown of the council's own value. */
    static final CueFamily SUBGROUP = CueFamily.of("subgroup",
            "year olds", "year old", "quintile", "decile", "most deprived", "least deprived", "ward", "wards",
            "disadvantaged", "free school meals", "fsm", "eligible for",
            "with send", "with sen", "cohort", "ethnic*", "bame");

    /** Words that make the subject the council itself again after a comparator was named. */
    static final CueFamily OWN = CueFamily.of("own",
            "our", "ours", "we", "locally", "the council", "the borough", "the county", "the city",
            "the district", "the authority", "in-house");

    /**
     * A sentence opening with these continues the sentence before it ("That is a rate of ...",
     * "Of these, ...", "This represents ..."), so it shares its period.
     */
    static final CueFamily CONTINUES = CueFamily.of("continues",
            "that", "this", "these", "those", "it", "its", "of these", "of those", "of them", "of which", "of this",
            "among them", "within this", "within that", "which", "such", "they", "the rate", "this rate", "the figure",
            "this figure", "the total", "this total", "the number",
            // more of what the sentence before counted: "A further 5,100 people were unemployed", "The remaining 12 ..."
            "a further", "the remaining", "the rest");

    /**
     * Opening words that give the comparable figures of another period for what the sentence before
     * gave: "The equivalent share was 78% in 2018/19, ...", "The corresponding figure last year was 41".
     */
    static final CueFamily EQUIVALENT = CueFamily.of("equivalent",
            "the equivalent", "the corresponding", "the comparable", "the comparative", "equivalent figure*", "comparable figure*");

    /** Inside the opening words: "Roughly 53% of these conceptions ...". */
    static final CueFamily BACK_REFERENCE = CueFamily.of("back reference",
            "of these", "of those", "of them", "of this", "of which", "of that total", "this figure", "that figure",
            "this rate", "that rate", "these figures");

    /** A goal: "against a target of 90%", "our aim is 250 a year", "with the bar raised to 97.9%". */
    static final CueFamily TARGET = CueFamily.of("target",
            "target*", "aim", "aims", "aiming", "aim is", "ambition*", "goal*", "pledged to", "pledge to", "aspir*",
            "budget of",
            // a savings requirement: "Doncaster Council must find savings of £109m", "the council needs to save £20m"
            "must find", "must save", "need to find", "needs to find", "need to save", "needs to save", "has to find",
            "has to save", "have to find", "have to save", "required to find", "required to save",
            "committed to", "plan to build", "plans to build", "plan to deliver", "plans to deliver", "plan to create",
            "plans to create", "plan to provide", "plans to provide", "plan to achieve", "plans to achieve",
            "plan to reach", "plans to reach", "plan to recruit", "plans to recruit", "seek* to", "intend* to",
            "the bar", "trajectory", "profiled", "standard of", "budgeted", "plan is to", "plans are to", "want to", "wants to",
            "hope to", "hopes to", "hoping to", "meant to",
            // a year-end report's aims in the past tense: "The council set out to prevent homelessness for 52%", "We planned to raise ..."
            "set out to", "sets out to", "aimed to", "wanted to", "sought to", "we planned to", "council planned to");

    /** A target named only to say it was met or missed: the value is not the target. */
    static final CueFamily TARGET_OUTCOME = CueFamily.of("target outcome",
            "target was met", "target met", "targets met", "met the target", "met its target", "met our target",
            "met their target*", "met their year end target*", "on target", "above target", "below target",
            "exceeded the target", "exceeded its target", "missed the target", "target was missed", "target was exceeded",
            "met or exceeded", "met or exceeded their target*", "met or exceeded the target*", "exceeded their target*", "achieved their target*", "achieved the target", "achieved its target",
            "missed their target*", "missed its target*", "missed our target*", "missing its target*", "missing the target*",
            "hit its target*", "hit the target*", "hit our target*", "beat its target*", "beat the target*", "beat our target*",
            "beat their target*", "adrift of target*", "adrift of their target*",
            "fell short of its target*", "fell short of the target*", "fell short of our target*", "reaching the target*",
            "reached the target*", "reached their target*", "reached its target*", "exceeding target", "exceeding targets",
            "exceeded target", "meeting target", "meeting targets", "meeting their target*", "meeting its target*", "meeting the target*",
            "meeting our target*", "met target", "met targets", "beat target", "beat targets", "exceeded targets", "missed targets",
            "close to target", "close to targets", "close to their target*", "close to its target*", "with targets",
            // a scorecard's counts of targets by status: "Targets on track = 16", "Percentage of targets being met = 89%"
            "targets on track", "target on track", "targets being met", "targets achieved", "targets missed", "targets failing",
            "targets completed", "targets not started", "target not started", "with a target", "have targets", "without targets", "on or above target", "off target", "behind target", "ahead of target", "against target");

    /** A figures-table column that counts the framework itself ("Total", "Not applicable"), not a measure. */
    static final CueFamily FRAMEWORK_COLUMN = CueFamily.of("framework column",
            "total", "totals", "out of", "not applicable", "no data", "not measured", "data only", "information only", "not due");

    /**
     * "Top quartile | ... | Bottom quartile | Indicators": after columns counting indicators by
     * category, a column of the indicators themselves is their whole.
     */
    static final CueFamily INDICATORS_COLUMN = CueFamily.of("indicators column", "indicators", "measures", "kpis", "pis");

    /** A figures-table column counting indicators by their status or direction ("Green", "On track", "No change"). */
    static final CueFamily STATUS_COLUMN = CueFamily.of("status column",
            "green", "amber", "red", "on track", "off track", "on target", "off target", "complete", "completed", "achieved",
            "not achieved", "no change", "improved", "improving", "declined", "declining", "up", "down", "same", "rag",
            "quartile", "quintile"); // "Top quartile | Second quartile": indicators counted by where they stand among councils

    /**
     * A figures-table column of differences ("Against target", "Variance", "+/-"): how far a value
     * stands from another, not a level (except money, where a variance is the overspend itself).
     */
    static final CueFamily DIFFERENCE_COLUMN = CueFamily.of("difference column",
            "against target", "vs target", "versus target", "compared to target", "compared with target", "variance",
            "difference", "change", "% change", "variation", "movement", "+/-", "+ / -");

    /** A figures-table column holding the measure's value itself ("Value", "Actual", "Outturn"), not a category of it. */
    static final CueFamily VALUE_COLUMN = CueFamily.of("value column",
            "value", "values", "actual", "actuals", "outturn", "result", "results", "performance", "figure", "figures", "data",
            "ytd", "year to date", "current", "latest", "score", "rate", "number", "count", "amount", "percentage", "per cent",
            "percent");

    /** A projection or estimate of a value not yet known. */
    static final CueFamily FORECAST = CueFamily.of("forecast",
            "forecast*", "projected", "projecting", "projection*", "on track to", "on course to", "expect", "expects", "expected", "expecting", "anticipat*", "likely",
            "planned", "scheduled", "will", "set to", "predict*", "estimate*", "pipeline", "going to", "could",
            "potential", "modelling", "would");

    /**
     * Words of expectation that are no forecast: they measure against it ("meeting the expected
     * standard in three of its five disciplines", "£400,000 below what had been expected") or
     * estimate what has already happened.
     */
    static final CueFamily AGAINST_EXPECTATION = CueFamily.of("against expectation",
            "expected standard", "expected level", "than expected", "than anticipated", "than forecast", "than planned",
            "than projected", "what had been expected", "what was expected", "had been expected", "had been forecast",
            "as expected", "as anticipated",
            // a share of what was planned, or a standard the plan sets: "Of the planned food inspections, 97% ...",
            // "93% making the expected progress", "of those expected to do well, 78% ...", "behind the expected performance"
            "of the planned", "of the scheduled", "of those expected", "expected progress", "expected levels", "expected standards",
            "the expected performance", "behind the expected", "above the expected", "below the expected",
            // an estimate of what has already happened: "is estimated to have kept around 55 children out of care since July 2016"
            "estimated to have", "estimates to have",
            // life expectancy, a measured statistic however it is worded: "boys born today can expect to live to 77.9"
            "expect to live", "expects to live", "expected to live", "expected to outlive",
            // the Office for National Statistics' estimates of a population that was: "the mid-year population estimates"
            "population estimate*", "mid-year estimate*", "mid year estimate*");

    /**
     * School results, which schools and the Department for Education count by academic year
     * (1 September to 31 August): "Key Stage 2", "five good GCSEs", "a good level of development".
     */
    static final CueFamily SCHOOL_RESULTS = CueFamily.of("school results",
            "key stage", "ks1", "ks2", "ks3", "ks4", "ks5", "gcse", "gcses", "a levels", "a-level", "a-levels",
            "eyfs", "eyfsp", "foundation stage", "good level of development", "phonics", "sats", "attainment 8",
            "progress 8", "expected levels", "exam results", "examination results", "school results");

    /** Verbs that report a figure as counted, not expected: "the number was 670", "analysis for July shows". */
    static final CueFamily REPORTED = CueFamily.of("reported",
            "was", "were", "had", "showed", "shows", "recorded", "stood", "stands", "totalled", "came to");

    /** A year's final figures: "outturn", "year end". */
    static final CueFamily OUTTURN = CueFamily.of("outturn", "outturn", "outturns", "year end", "year-end", "end of year");

    /** The sentence speaks of the present: its undated values are the report's, not an earlier sentence's. */
    static final CueFamily NOW = CueFamily.of("now",
            "now", "currently", "at present", "presently", "to date", "so far", "this quarter", "latest", "has since",
            "has improved", "have improved", "has increased", "have increased", "has risen", "have risen", "has fallen",
            "have fallen", "has grown", "has reduced", "have reduced", "has dropped", "has remained", "have remained",
            "has been", "have been", "has reached", "have reached", "remains");

    /** "92%, up again on the 90% averaged across 2017/18": the level after them is the earlier side of the comparison. */
    private static final List<String> UP_OR_DOWN_ON = List.of("up on", "down on", "up again on", "down again on", "up slightly on",
            "down slightly on", "well up on", "well down on");

    /** Words that set one value against another in the same sentence. */
    static final CueFamily CONTRAST = CueFamily.of("contrast", UP_OR_DOWN_ON,
            "from", "than", "compar*", "against", "versus", "vs", "whereas", "while", "whilst", "but",
            "baseline", "target*", "previous*", "before", "earlier", "last year", "on last", "since",
            "rose", "fell", "increased", "decreased", "improved", "declined", "dropped", "up from", "down from", "after",
            "below", "above", "in line with", "ahead of", "behind");

    /**
     * Words that introduce the base a sentence is compared with: a time phrase after them names
     * that base, not the period of the sentence's values ("Compared with the same period last
     * year, 53% of our KPIs improved").
     */
    /**
     * Opening words that set a sentence a period back from the one before it ("A year earlier, in Q2
     * 2014/15, the count was just over 2,900", "Last year we reported that 78 of 94 steps were on
     * track"): its values are the earlier side of what that sentence gave.
     */
    static final CueFamily EARLIER_FRAME = CueFamily.of("earlier frame",
            "a year earlier", "a year ago", "a year before", "one year earlier", "one year ago", "twelve months earlier",
            "twelve months ago", "12 months earlier", "12 months ago", "last year", "the year before", "the previous year",
            "at the same point last year", "at this point last year", "at the same time last year", "at this time last year",
            "in the same quarter last year", "in the same period last year", "the same quarter last year",
            "the same period last year",
            // "By comparison, the 2018-19 year-end outturn had 44% of KPIs on or above target": set against the sentence
            // before, whose values it precedes when its own period is earlier
            "by comparison", "in comparison", "for comparison");

    static final CueFamily COMPARISON_BASE = CueFamily.of("comparison base",
            "compar*", "against", "versus", "vs", "relative to", "than");

    /** A date that says when figures were published, not what period they describe. */
    static final CueFamily PUBLICATION = CueFamily.of("publication",
            "released", "published", "publish", "announced", "released on", "published on");
}
