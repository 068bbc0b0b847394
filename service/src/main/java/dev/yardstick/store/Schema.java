package dev.yardstick.store;

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
     * Every observation extracted from an update, with its evidence. Timestamped on the last day
     * of its period: 00:00 UTC plus a few milliseconds that encode the update and the position in
     * it ({@link ObservationPoints#offsetMillis}), so values from different updates or rows that
     * share a series and a day never overwrite each other.
     */
    public static final class Observation {
        public static final String MEASUREMENT = "observation";

        public static final String TAG_ORGANISATION = "organisation";
        /** Indicator id, or {@link #CANDIDATE} for a quantity that matched no indicator. */
        public static final String TAG_INDICATOR = "indicator";
        public static final String TAG_KIND = "kind";
        public static final String TAG_THEME = "theme";
        public static final String TAG_DIRECTOR = "director";

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
        public static final String FIELD_ACCOUNTABILITY = "accountability";
        public static final String FIELD_SOURCE = "source";
        public static final String FIELD_ROW = "row";
        public static final String FIELD_DERIVATION = "derivation";

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
}
