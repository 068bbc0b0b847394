package dev.yardstick.store;

import dev.yardstick.analysis.ChangeWords;
import dev.yardstick.analysis.ComparatorGap;
import dev.yardstick.analysis.Direction;
import dev.yardstick.analysis.Forecast;
import dev.yardstick.analysis.IndicatorStatus;
import dev.yardstick.analysis.StatusWords;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Points of the {@code indicator_status} and {@code indicator_target} series. NaN and infinities are never written. */
final class AssessmentPoints {

    private AssessmentPoints() {
    }

    static final List<String> STATUS_TAGS = List.of(Schema.IndicatorStatus.TAG_ORGANISATION, Schema.IndicatorStatus.TAG_INDICATOR,
            Schema.IndicatorStatus.TAG_THEME, Schema.IndicatorStatus.TAG_DIRECTOR, Schema.IndicatorStatus.TAG_PROVISIONAL);
    static final List<String> TARGET_TAGS = List.of(Schema.IndicatorTarget.TAG_ORGANISATION, Schema.IndicatorTarget.TAG_INDICATOR);

    static PointRecord status(IndicatorStatus s, String theme, String director, List<ComparatorGap> comparators) {
        Map<String, String> tags = new HashMap<>();
        tags.put(Schema.IndicatorStatus.TAG_ORGANISATION, s.organisation());
        tags.put(Schema.IndicatorStatus.TAG_INDICATOR, s.indicator().id());
        tags.put(Schema.IndicatorStatus.TAG_THEME, theme);
        tags.put(Schema.IndicatorStatus.TAG_DIRECTOR, director);
        tags.put(Schema.IndicatorStatus.TAG_PROVISIONAL, s.indicator().provisional() ? Schema.PROVISIONAL : null);
        Fields b = new Fields();
        if (s.previous() != null) {
            b.addField(Schema.IndicatorStatus.FIELD_PREVIOUS, s.previous()).addField(Schema.IndicatorStatus.FIELD_CHANGE, s.value() - s.previous())
                    .addField(Schema.IndicatorStatus.FIELD_CHANGE_WORDS, ChangeWords.of(s));
        }
        b.addField(Schema.IndicatorStatus.FIELD_VALUE, s.value())
                .addField(Schema.IndicatorStatus.FIELD_PERIOD_END, s.date().toString())
                .addField(Schema.IndicatorStatus.FIELD_UNIT, s.indicator().unit())
                .addField(Schema.IndicatorStatus.FIELD_NAME, s.indicator().name())
                .addField(Schema.IndicatorStatus.FIELD_DIRECTION, s.direction().label())
                .addField(Schema.IndicatorStatus.FIELD_DIRECTION_SCORE, s.direction() == Direction.IMPROVING ? 1.0
                        : s.direction() == Direction.WORSENING ? -1.0 : 0.0)
                .addField(Schema.IndicatorStatus.FIELD_WORSENING_PERIODS, (double) s.worseningPeriods())
                .addField(Schema.IndicatorStatus.FIELD_FORECAST_MISS, s.forecastMiss() ? 1.0 : 0.0)
                .addField(Schema.IndicatorStatus.FIELD_SPC_CONCERN, s.spcConcern() ? 1.0 : 0.0)
                .addField(Schema.IndicatorStatus.FIELD_ASSURANCE, s.assurance().label())
                .addField(Schema.IndicatorStatus.FIELD_SUMMARY, StatusWords.summary(s));
        if (s.comparison() != null) {
            number(b, Schema.IndicatorStatus.FIELD_TARGET, s.comparison().target());
            number(b, Schema.IndicatorStatus.FIELD_GAP, s.comparison().gap());
            number(b, Schema.IndicatorStatus.FIELD_GAP_PERCENT, s.comparison().gapPercent());
            number(b, Schema.IndicatorStatus.FIELD_TOLERANCE, s.comparison().band());
            b.addField(Schema.IndicatorStatus.FIELD_RAG, (double) s.rag().number())
                    .addField(Schema.IndicatorStatus.FIELD_RAG_LABEL, s.rag().label());
        }
        if (s.target() != null) {
            b.addField(Schema.IndicatorStatus.FIELD_TARGET_SOURCE, s.target().source());
        }
        if (s.trend() != null) {
            number(b, Schema.IndicatorStatus.FIELD_SLOPE, s.trend().slopePerQuarter());
            number(b, Schema.IndicatorStatus.FIELD_SLOPE_STDERR, s.trend().slopeStdErr());
            number(b, Schema.IndicatorStatus.FIELD_R_SQUARED, s.trend().rSquared());
            forecast(b, s.nextForecast(), Schema.IndicatorStatus.FIELD_FORECAST, Schema.IndicatorStatus.FIELD_FORECAST_LOWER,
                    Schema.IndicatorStatus.FIELD_FORECAST_UPPER);
            forecast(b, s.targetForecast(), Schema.IndicatorStatus.FIELD_FORECAST_AT_TARGET,
                    Schema.IndicatorStatus.FIELD_FORECAST_AT_TARGET_LOWER, Schema.IndicatorStatus.FIELD_FORECAST_AT_TARGET_UPPER);
        }
        if (s.spc() != null) {
            number(b, Schema.IndicatorStatus.FIELD_SPC_MEAN, s.spc().mean());
            number(b, Schema.IndicatorStatus.FIELD_SPC_LOWER, s.spc().lowerLimit());
            number(b, Schema.IndicatorStatus.FIELD_SPC_UPPER, s.spc().upperLimit());
            b.addField(Schema.IndicatorStatus.FIELD_SPC_SIGNAL, s.spc().signalLabel())
                    .addField(Schema.IndicatorStatus.FIELD_SPC_VARIATION, s.spc().variation().label());
        }
        for (ComparatorGap c : comparators) {
            List<String> names = Schema.IndicatorStatus.comparatorFields(c.scope());
            number(b, names.get(0), c.value());
            b.addField(names.get(1), c.periodEnd().toString());
            number(b, names.get(2), c.gap());
            b.addField(names.get(3), c.words());
        }
        return record(Schema.IndicatorStatus.MEASUREMENT, tags, seconds(s.date()), b.map);
    }

    static final List<String> FRESHNESS_TAGS = List.of(Schema.IndicatorFreshness.TAG_ORGANISATION,
            Schema.IndicatorFreshness.TAG_INDICATOR, Schema.IndicatorFreshness.TAG_THEME, Schema.IndicatorFreshness.TAG_DIRECTOR);

    /** Freshness of the latest status as judged on {@code today}. */
    static PointRecord freshness(IndicatorStatus latest, String theme, String director, LocalDate today) {
        Map<String, String> tags = new HashMap<>();
        tags.put(Schema.IndicatorFreshness.TAG_ORGANISATION, latest.organisation());
        tags.put(Schema.IndicatorFreshness.TAG_INDICATOR, latest.indicator().id());
        tags.put(Schema.IndicatorFreshness.TAG_THEME, theme);
        tags.put(Schema.IndicatorFreshness.TAG_DIRECTOR, director);
        Fields f = new Fields()
                .addField(Schema.IndicatorFreshness.FIELD_DAYS_SINCE_VALUE, (double) (today.toEpochDay() - latest.date().toEpochDay()))
                .addField(Schema.IndicatorFreshness.FIELD_DUE_AFTER_DAYS, (double) (latest.dueBy().toEpochDay() - latest.date().toEpochDay()))
                .addField(Schema.IndicatorFreshness.FIELD_STALE, latest.staleOn(today) ? 1.0 : 0.0)
                .addField(Schema.IndicatorFreshness.FIELD_LAST_PERIOD_END, latest.date().toString())
                .addField(Schema.IndicatorFreshness.FIELD_NAME, latest.indicator().name());
        return record(Schema.IndicatorFreshness.MEASUREMENT, tags, seconds(today), f.map);
    }

    /** The target line: a point at each change and quarter end, with where red starts. */
    static List<PointRecord> target(Target target, Polarity polarity) {
        List<PointRecord> out = new ArrayList<>();
        for (LocalDate d : target.line().drawingDates()) {
            var value = target.valueAt(d);
            if (value.isEmpty()) {
                continue;
            }
            double v = value.getAsDouble();
            double band = target.tolerance().width(v);
            Fields b = new Fields()
                    .addField(Schema.IndicatorTarget.FIELD_VALUE, v)
                    .addField(Schema.IndicatorTarget.FIELD_TOLERANCE, band)
                    .addField(Schema.IndicatorTarget.FIELD_UNIT, target.unit())
                    .addField(Schema.IndicatorTarget.FIELD_SOURCE, target.source())
                    .addField(Schema.IndicatorTarget.FIELD_ILLUSTRATIVE, target.illustrative() ? 1.0 : 0.0);
            if (polarity != Polarity.NEUTRAL) {
                b.addField(Schema.IndicatorTarget.FIELD_RED_BEYOND, polarity == Polarity.HIGHER_BETTER ? v - band : v + band);
            }
            out.add(record(Schema.IndicatorTarget.MEASUREMENT, Map.of(Schema.IndicatorTarget.TAG_ORGANISATION,
                    target.organisation(), Schema.IndicatorTarget.TAG_INDICATOR, target.indicator()), seconds(d), b.map));
        }
        return out;
    }

    /** Field values in order; numbers as doubles so a field never changes type. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Fields addField(String name, double value) {
            map.put(name, value);
            return this;
        }

        Fields addField(String name, String value) {
            map.put(name, value);
            return this;
        }
    }

    private static void forecast(Fields b, Forecast f, String value, String lower, String upper) {
        if (f != null) {
            number(b, value, f.value());
            number(b, lower, f.lower());
            number(b, upper, f.upper());
        }
    }

    private static void number(Fields b, String field, double v) {
        b.addField(field, v); // PointRecord leaves out NaN and infinities
    }

    private static long seconds(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** Through the one point builder: blank tags and non-finite numbers are left out and counted. */
    private static PointRecord record(String measurement, Map<String, String> tags, long seconds, Map<String, Object> fields) {
        PointRecord.Builder b = PointRecord.at(measurement, seconds * 1_000_000);
        tags.forEach(b::tag);
        fields.forEach((k, v) -> {
            if (v instanceof Double d) {
                b.field(k, d);
            } else {
                b.field(k, (String) v);
            }
        });
        return b.build();
    }
}
