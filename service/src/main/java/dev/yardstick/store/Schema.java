package dev.yardstick.store;

import java.util.List;

/**
 * Every InfluxDB measurement, tag and field Yardstick writes, named once. {@code influx/README.md}
 * documents the same schema; dashboards and alert rules use these names.
 *
 * <p>Tags hold only bounded values (organisation, indicator, kind, theme, director, the report
 * quarter and the observation's position in it); sentences, sources and numbers are fields.
 */
public final class Schema {

    private Schema() {
    }

    /**
     * Value of every {@code provisional} tag: set only on series of a provisional indicator (named
     * from the prose, in no catalogue), absent on catalogued ones, so {@code "provisional" != 'true'}
     * selects the catalogued series of older data too.
     */
    public static final String PROVISIONAL = "true";

    /**
     * Time each shard group of Yardstick's retention policy covers. The data are sparse and
     * historical (a few points per series a quarter, period ends going back years), and InfluxDB
     * 1.x's default of 7 days gives such data hundreds of shards: every write request is split
     * across them and every DELETE or DROP SERIES visits each one. InfluxData advises a shard group
     * duration of several years for sparse historical data ("TL;DR InfluxDB Tech Tips", March
     * 2017, and the 1.x schema guide's shard group duration section).
     */
    public static final String SHARD_DURATION = "520w";

    /** {@link #SHARD_DURATION} in hours, as {@code SHOW RETENTION POLICIES} reports it ({@code 87360h0m0s}). */
    static final long SHARD_DURATION_HOURS = 520L * 7 * 24;

    /**
     * Every observation extracted from an update, with its evidence. Timestamped on the last day
     * of its period: 00:00 UTC plus a few milliseconds that encode the update and the position in
     * it ({@link ObservationPoints#offsetMillis}, {@link ObservationPoints#offsetMicros}), so values from different updates or rows that
     * share a series and a day never overwrite each other.
     */
    public static final class Observation {
        public static final String MEASUREMENT = "observation";

        public static final String TAG_ORGANISATION = "organisation";
        /**
         * Indicator id: a catalogued one, a provisional one ({@code p_...}, named from the prose), or
         * {@link #CANDIDATE} for a quantity whose subject could not be named.
         */
        public static final String TAG_INDICATOR = "indicator";
        public static final String TAG_KIND = "kind";
        public static final String TAG_THEME = "theme";
        public static final String TAG_DIRECTOR = "director";
        /** {@link Schema#PROVISIONAL} on the observations of a provisional indicator; absent otherwise. */
        public static final String TAG_PROVISIONAL = "provisional";
        /** Whose value: {@code own}, or a comparator or breakdown ({@code england}, {@code region}, ...); only own values are reconciled. */
        public static final String TAG_SCOPE = "scope";

        /** The update the observation came from, as its quarter: {@code 2017-18-Q2}. A field, so series stay few. */
        public static final String FIELD_REPORT = "report";
        /** Position of the observation in its report, from 1. */
        public static final String FIELD_SEQ = "seq";
        public static final String FIELD_VALUE = "value";
        public static final String FIELD_UNIT = "unit";
        public static final String FIELD_MEASURE = "measure";
        public static final String FIELD_QUALIFIER = "qualifier";
        public static final String FIELD_PERIOD_START = "period_start";
        public static final String FIELD_PERIOD_END = "period_end";
        public static final String FIELD_TEXT = "text";
        public static final String FIELD_SENTENCE = "sentence";
        /** The sentence cut to {@link ShortSentence#LIMIT} characters for a chart's hover (InfluxQL cannot cut strings). */
        public static final String FIELD_SENTENCE_SHORT = "sentence_short";
        public static final String FIELD_ACCOUNTABILITY = "accountability";
        public static final String FIELD_SOURCE = "source";
        public static final String FIELD_ROW = "row";
        public static final String FIELD_DERIVATION = "derivation";
        /**
         * Where a review decision moved the value from: the provisional indicator's id, or the
         * candidate's key. Absent on values no decision moved; it is what undoing a decision restores.
         */
        public static final String FIELD_REVIEWED_FROM = "reviewed_from";

        /** Tag value for a quantity that matched no indicator. */
        public static final String CANDIDATE = "_candidate";

        private Observation() {
        }
    }

    /**
     * One point per ingested update (organisation and quarter): where it came from, when, and a
     * digest of what it wrote, so re-ingesting an unchanged update writes nothing.
     */
    public static final class Document {
        public static final String MEASUREMENT = "document";

        public static final String TAG_ORGANISATION = "organisation";
        public static final String TAG_REPORT = "report";

        public static final String FIELD_SOURCE = "source";
        /** SHA-256 of the update's observation points in line protocol. */
        public static final String FIELD_DIGEST = "digest";
        public static final String FIELD_OBSERVATIONS = "observations";
        public static final String FIELD_MATCHED = "matched";
        public static final String FIELD_PERIOD_START = "period_start";
        public static final String FIELD_PERIOD_END = "period_end";
        public static final String FIELD_INGESTED_AT = "ingested_at";

        private Document() {
        }
    }

    /**
     * One reconciled value per indicator, organisation and period end: the series dashboards
     * chart. Rewritten whole for an indicator whenever an update mentioning it is ingested.
     */
    public static final class IndicatorValue {
        public static final String MEASUREMENT = "indicator_value";

        public static final String TAG_ORGANISATION = "organisation";
        public static final String TAG_INDICATOR = "indicator";
        /** Theme and director as the most recent update reporting the indicator gives them. */
        public static final String TAG_THEME = "theme";
        public static final String TAG_DIRECTOR = "director";
        /** {@link Schema#PROVISIONAL} on the series of a provisional indicator; absent otherwise. */
        public static final String TAG_PROVISIONAL = "provisional";

        public static final String FIELD_VALUE = "value";
        /** Kind of the chosen observation: actual, prior or derived. */
        public static final String FIELD_KIND = "kind";
        public static final String FIELD_UNIT = "unit";
        public static final String FIELD_PERIOD_START = "period_start";
        public static final String FIELD_PERIOD_END = "period_end";
        public static final String FIELD_REPORT = "report";
        public static final String FIELD_SOURCE = "source";
        public static final String FIELD_SENTENCE = "sentence";
        /** How many other observations spoke of the same period and lost. */
        public static final String FIELD_ALTERNATIVES = "alternatives";

        private IndicatorValue() {
        }
    }

    /**
     * The target line of one indicator and organisation, drawn at every change and quarter end
     * within it, so panels can chart actuals against it. Rewritten whenever targets change.
     */
    public static final class IndicatorTarget {
        public static final String MEASUREMENT = "indicator_target";

        public static final String TAG_ORGANISATION = "organisation";
        public static final String TAG_INDICATOR = "indicator";

        /** The target in force on that date. */
        public static final String FIELD_VALUE = "value";
        /** Where red starts: the target moved by the tolerance in the bad direction. */
        public static final String FIELD_RED_BEYOND = "red_beyond";
        public static final String FIELD_TOLERANCE = "tolerance";
        public static final String FIELD_UNIT = "unit";
        public static final String FIELD_SOURCE = "source";
        /** 1 when the target is an illustrative placeholder, 0 when the council set it. */
        public static final String FIELD_ILLUSTRATIVE = "illustrative";

        private IndicatorTarget() {
        }
    }

    /**
     * One assessment per indicator, organisation and period end, judged on the values known up to
     * that period: the series the Corporate Plan overview, the challenge session and the alert
     * rules read. Numbers are floats (flags 0 or 1); a field is absent when it does not apply
     * (no target, too few points for a trend or SPC).
     */
    public static final class IndicatorStatus {
        public static final String MEASUREMENT = "indicator_status";

        public static final String TAG_ORGANISATION = "organisation";
        public static final String TAG_INDICATOR = "indicator";
        public static final String TAG_THEME = "theme";
        public static final String TAG_DIRECTOR = "director";
        /**
         * {@link Schema#PROVISIONAL} on the status of a provisional indicator (never a target, so
         * never RAG, forecast-miss or stale alerts); absent otherwise.
         */
        public static final String TAG_PROVISIONAL = "provisional";

        public static final String FIELD_VALUE = "value";
        public static final String FIELD_UNIT = "unit";
        public static final String FIELD_NAME = "name";
        /** The period end as an ISO date, for tables (a multi-selector query loses the time). */
        public static final String FIELD_PERIOD_END = "period_end";
        /** The value of the latest earlier period of the same length, and the change from it (absent when none). */
        public static final String FIELD_PREVIOUS = "previous";
        public static final String FIELD_CHANGE = "change";
        /**
         * The change in words, its reading explicit and judged by polarity: {@code +2.1 percentage
         * points, improving}, {@code -120 (-4.5%), worsening}; absent when there is no previous period.
         */
        public static final String FIELD_CHANGE_WORDS = "change_words";
        public static final String FIELD_TARGET = "target";
        public static final String FIELD_GAP = "gap";
        public static final String FIELD_GAP_PERCENT = "gap_percent";
        public static final String FIELD_TOLERANCE = "tolerance";
        /** 0 green, 1 amber, 2 red: alert on {@code rag >= 2}. */
        public static final String FIELD_RAG = "rag";
        public static final String FIELD_RAG_LABEL = "rag_label";
        /** improving, worsening, stable (rising, falling for neutral indicators), none: against the previous period of the same length. */
        public static final String FIELD_DIRECTION = "direction";
        /** 1 improving, -1 worsening, 0 otherwise: for colour and arrows in tables. */
        public static final String FIELD_DIRECTION_SCORE = "direction_score";
        public static final String FIELD_WORSENING_PERIODS = "worsening_periods";
        public static final String FIELD_SLOPE = "slope_per_quarter";
        public static final String FIELD_SLOPE_STDERR = "slope_stderr";
        public static final String FIELD_R_SQUARED = "r_squared";
        public static final String FIELD_FORECAST = "forecast_next";
        public static final String FIELD_FORECAST_LOWER = "forecast_next_lower";
        public static final String FIELD_FORECAST_UPPER = "forecast_next_upper";
        public static final String FIELD_FORECAST_AT_TARGET = "forecast_at_target";
        public static final String FIELD_FORECAST_AT_TARGET_LOWER = "forecast_at_target_lower";
        public static final String FIELD_FORECAST_AT_TARGET_UPPER = "forecast_at_target_upper";
        /** 1 when the 95% prediction interval at the target date lies wholly on the wrong side. */
        public static final String FIELD_FORECAST_MISS = "forecast_miss";
        public static final String FIELD_SPC_MEAN = "spc_mean";
        public static final String FIELD_SPC_LOWER = "spc_lower_limit";
        public static final String FIELD_SPC_UPPER = "spc_upper_limit";
        /** none, or the rules tripped at this point joined by +: outside_limits+shift. */
        public static final String FIELD_SPC_SIGNAL = "spc_signal";
        public static final String FIELD_SPC_VARIATION = "spc_variation";
        /** 1 when the latest point is special-cause variation of concern. */
        public static final String FIELD_SPC_CONCERN = "spc_concern";
        public static final String FIELD_ASSURANCE = "assurance";
        /** The status in words. */
        public static final String FIELD_SUMMARY = "summary";
        public static final String FIELD_TARGET_SOURCE = "target_source";
        /**
         * Per comparator scope quoted for the indicator by the period end ({@code england},
         * {@code region}, {@code neighbours}): the latest quoted value, its period end, own value
         * minus it, and that gap judged by polarity in words ({@code 4.5 percentage points above
         * England, better}); absent when the updates quote none.
         */
        public static final String FIELD_ENGLAND = "england";
        public static final String FIELD_ENGLAND_PERIOD_END = "england_period_end";
        public static final String FIELD_ENGLAND_GAP = "england_gap";
        public static final String FIELD_ENGLAND_GAP_WORDS = "england_gap_words";
        public static final String FIELD_REGION = "region";
        public static final String FIELD_REGION_PERIOD_END = "region_period_end";
        public static final String FIELD_REGION_GAP = "region_gap";
        public static final String FIELD_REGION_GAP_WORDS = "region_gap_words";
        public static final String FIELD_NEIGHBOURS = "neighbours";
        public static final String FIELD_NEIGHBOURS_PERIOD_END = "neighbours_period_end";
        public static final String FIELD_NEIGHBOURS_GAP = "neighbours_gap";
        public static final String FIELD_NEIGHBOURS_GAP_WORDS = "neighbours_gap_words";

        /** The four comparator fields of one scope id, in the order value, period end, gap, gap in words. */
        public static List<String> comparatorFields(String scope) {
            return switch (scope) {
                case "england" -> List.of(FIELD_ENGLAND, FIELD_ENGLAND_PERIOD_END, FIELD_ENGLAND_GAP, FIELD_ENGLAND_GAP_WORDS);
                case "region" -> List.of(FIELD_REGION, FIELD_REGION_PERIOD_END, FIELD_REGION_GAP, FIELD_REGION_GAP_WORDS);
                case "neighbours" -> List.of(FIELD_NEIGHBOURS, FIELD_NEIGHBOURS_PERIOD_END, FIELD_NEIGHBOURS_GAP,
                        FIELD_NEIGHBOURS_GAP_WORDS);
                default -> throw new IllegalArgumentException("no status fields for comparator scope '" + scope + "'");
            };
        }

        private IndicatorStatus() {
        }
    }

    /**
     * How fresh each indicator is, judged on the day of evaluation: one point per indicator,
     * organisation and day (00:00 UTC), written at every assessment and once a day, so the
     * stale-indicator alert has a current value to test even when no update arrives.
     */
    public static final class IndicatorFreshness {
        public static final String MEASUREMENT = "indicator_freshness";

        public static final String TAG_ORGANISATION = "organisation";
        public static final String TAG_INDICATOR = "indicator";
        public static final String TAG_THEME = "theme";
        public static final String TAG_DIRECTOR = "director";

        /** Days from the latest period end to the evaluation day. */
        public static final String FIELD_DAYS_SINCE_VALUE = "days_since_value";
        /** Days after a period end when the next value is overdue: two reporting intervals. */
        public static final String FIELD_DUE_AFTER_DAYS = "due_after_days";
        /** 1 when no value has come within two reporting intervals. */
        public static final String FIELD_STALE = "stale";
        public static final String FIELD_LAST_PERIOD_END = "last_period_end";
        public static final String FIELD_NAME = "name";

        private IndicatorFreshness() {
        }
    }
}
