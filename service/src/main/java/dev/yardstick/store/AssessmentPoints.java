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

/** Points of the {@code indicator_status} and {@code indicator_target} series. NaN and infinities are never written. */
final class AssessmentPoints {

    private AssessmentPoints() {
    }

    static final List<String> STATUS_TAGS = List.of(Schema.IndicatorStatus.TAG_ORGANISATION, Schema.IndicatorStatus.TAG_INDICATOR,
            Schema.IndicatorStatus.TAG_THEME, Schema.IndicatorStatus.TAG_DIRECTOR, Schema.IndicatorStatus.TAG_PROVISIONAL);
    static final List<String> TARGET_TAGS = List.of(Schema.IndicatorTarget.TAG_ORGANISATION, Schema.IndicatorTarget.TAG_INDICATOR);

    static PointRecord status(IndicatorStatus s, String theme, String director, List<ComparatorGap> comparators) {
        PointRecord.Builder b = PointRecord.at(Schema.IndicatorStatus.MEASUREMENT, micros(s.date()))
                .tag(Schema.IndicatorStatus.TAG_ORGANISATION, s.organisation())
                .tag(Schema.IndicatorStatus.TAG_INDICATOR, s.indicator().id())
                .tag(Schema.IndicatorStatus.TAG_THEME, theme)
                .tag(Schema.IndicatorStatus.TAG_DIRECTOR, director)
                .tag(Schema.IndicatorStatus.TAG_PROVISIONAL, s.indicator().provisional() ? Schema.PROVISIONAL : null);
        if (s.previous() != null) {
            b.field(Schema.IndicatorStatus.FIELD_PREVIOUS, s.previous()).field(Schema.IndicatorStatus.FIELD_CHANGE, s.value() - s.previous())
                    .field(Schema.IndicatorStatus.FIELD_CHANGE_WORDS, ChangeWords.of(s));
        }
        b.field(Schema.IndicatorStatus.FIELD_VALUE, s.value())
                .field(Schema.IndicatorStatus.FIELD_PERIOD_END, s.date().toString())
                .field(Schema.IndicatorStatus.FIELD_UNIT, s.indicator().unit())
                .field(Schema.IndicatorStatus.FIELD_NAME, s.indicator().name())
                .field(Schema.IndicatorStatus.FIELD_DIRECTION, s.direction().label())
                .field(Schema.IndicatorStatus.FIELD_DIRECTION_SCORE, s.direction() == Direction.IMPROVING ? 1.0
                        : s.direction() == Direction.WORSENING ? -1.0 : 0.0)
                .field(Schema.IndicatorStatus.FIELD_WORSENING_PERIODS, (double) s.worseningPeriods())
                .field(Schema.IndicatorStatus.FIELD_FORECAST_MISS, s.forecastMiss() ? 1.0 : 0.0)
                .field(Schema.IndicatorStatus.FIELD_SPC_CONCERN, s.spcConcern() ? 1.0 : 0.0)
                .field(Schema.IndicatorStatus.FIELD_ASSURANCE, s.assurance().label())
                .field(Schema.IndicatorStatus.FIELD_SUMMARY, StatusWords.summary(s));
        if (s.comparison() != null) {
            b.field(Schema.IndicatorStatus.FIELD_TARGET, s.comparison().target())
                    .field(Schema.IndicatorStatus.FIELD_GAP, s.comparison().gap())
                    .field(Schema.IndicatorStatus.FIELD_GAP_PERCENT, s.comparison().gapPercent())
                    .field(Schema.IndicatorStatus.FIELD_TOLERANCE, s.comparison().band())
                    .field(Schema.IndicatorStatus.FIELD_RAG, (double) s.rag().number())
                    .field(Schema.IndicatorStatus.FIELD_RAG_LABEL, s.rag().label());
        }
        if (s.target() != null) {
            b.field(Schema.IndicatorStatus.FIELD_TARGET_SOURCE, s.target().source());
        }
        if (s.trend() != null) {
            b.field(Schema.IndicatorStatus.FIELD_SLOPE, s.trend().slopePerQuarter())
                    .field(Schema.IndicatorStatus.FIELD_SLOPE_STDERR, s.trend().slopeStdErr())
                    .field(Schema.IndicatorStatus.FIELD_R_SQUARED, s.trend().rSquared());
            forecast(b, s.nextForecast(), Schema.IndicatorStatus.FIELD_FORECAST, Schema.IndicatorStatus.FIELD_FORECAST_LOWER,
                    Schema.IndicatorStatus.FIELD_FORECAST_UPPER);
            forecast(b, s.targetForecast(), Schema.IndicatorStatus.FIELD_FORECAST_AT_TARGET,
                    Schema.IndicatorStatus.FIELD_FORECAST_AT_TARGET_LOWER, Schema.IndicatorStatus.FIELD_FORECAST_AT_TARGET_UPPER);
        }
        if (s.spc() != null) {
            b.field(Schema.IndicatorStatus.FIELD_SPC_MEAN, s.spc().mean())
                    .field(Schema.IndicatorStatus.FIELD_SPC_LOWER, s.spc().lowerLimit())
                    .field(Schema.IndicatorStatus.FIELD_SPC_UPPER, s.spc().upperLimit())
                    .field(Schema.IndicatorStatus.FIELD_SPC_SIGNAL, s.spc().signalLabel())
                    .field(Schema.IndicatorStatus.FIELD_SPC_VARIATION, s.spc().variation().label());
        }
        for (ComparatorGap c : comparators) {
            List<String> names = Schema.IndicatorStatus.comparatorFields(c.scope());
            b.field(names.get(0), c.value()).field(names.get(1), c.periodEnd().toString()).field(names.get(2), c.gap())
                    .field(names.get(3), c.words());
        }
        return b.build();
    }

    static final List<String> FRESHNESS_TAGS = List.of(Schema.IndicatorFreshness.TAG_ORGANISATION,
            Schema.IndicatorFreshness.TAG_INDICATOR, Schema.IndicatorFreshness.TAG_THEME, Schema.IndicatorFreshness.TAG_DIRECTOR);

    /** Freshness of the latest status as judged on {@code today}. */
    static PointRecord freshness(IndicatorStatus latest, String theme, String director, LocalDate today) {
        return PointRecord.at(Schema.IndicatorFreshness.MEASUREMENT, micros(today))
                .tag(Schema.IndicatorFreshness.TAG_ORGANISATION, latest.organisation())
                .tag(Schema.IndicatorFreshness.TAG_INDICATOR, latest.indicator().id())
                .tag(Schema.IndicatorFreshness.TAG_THEME, theme)
                .tag(Schema.IndicatorFreshness.TAG_DIRECTOR, director)
                .field(Schema.IndicatorFreshness.FIELD_DAYS_SINCE_VALUE, (double) (today.toEpochDay() - latest.date().toEpochDay()))
                .field(Schema.IndicatorFreshness.FIELD_DUE_AFTER_DAYS, (double) (latest.dueBy().toEpochDay() - latest.date().toEpochDay()))
                .field(Schema.IndicatorFreshness.FIELD_STALE, latest.staleOn(today) ? 1.0 : 0.0)
                .field(Schema.IndicatorFreshness.FIELD_LAST_PERIOD_END, latest.date().toString())
                .field(Schema.IndicatorFreshness.FIELD_NAME, latest.indicator().name())
                .build();
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
            PointRecord.Builder b = PointRecord.at(Schema.IndicatorTarget.MEASUREMENT, micros(d))
                    .tag(Schema.IndicatorTarget.TAG_ORGANISATION, target.organisation())
                    .tag(Schema.IndicatorTarget.TAG_INDICATOR, target.indicator())
                    .field(Schema.IndicatorTarget.FIELD_VALUE, v)
                    .field(Schema.IndicatorTarget.FIELD_TOLERANCE, band)
                    .field(Schema.IndicatorTarget.FIELD_UNIT, target.unit())
                    .field(Schema.IndicatorTarget.FIELD_SOURCE, target.source())
                    .field(Schema.IndicatorTarget.FIELD_ILLUSTRATIVE, target.illustrative() ? 1.0 : 0.0);
            if (polarity != Polarity.NEUTRAL) {
                b.field(Schema.IndicatorTarget.FIELD_RED_BEYOND, polarity == Polarity.HIGHER_BETTER ? v - band : v + band);
            }
            out.add(b.build());
        }
        return out;
    }

    /** Numbers go through the one point builder, which leaves out NaN and infinities and counts them. */
    private static void forecast(PointRecord.Builder b, Forecast f, String value, String lower, String upper) {
        if (f != null) {
            b.field(value, f.value()).field(lower, f.lower()).field(upper, f.upper());
        }
    }

    private static long micros(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000;
    }
}
