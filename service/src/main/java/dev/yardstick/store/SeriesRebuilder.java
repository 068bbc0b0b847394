package dev.yardstick.store;

import dev.yardstick.analysis.SeriesPoint;
import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.series.ReconciledValue;
import dev.yardstick.series.Reconciler;
import dev.yardstick.series.RecordedObservation;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code indicator_value} series of one indicator and organisation, computed from every
 * observation recorded for it with {@link Reconciler}'s rule of precedence, and whether the
 * stored series must be dropped before it is written. Pure: reads and writes nothing.
 */
final class SeriesRebuilder {

    private SeriesRebuilder() {
    }

    /** The points of one reconciled series, with the tag values they carry and the series as the assessment reads it. */
    record Series(String theme, String director, Set<Long> times, List<PointRecord> points, StoredSeries stored) {
    }

    /** The reconciled series; theme and director tags from the most recent report, so the series keeps one tag set. */
    static Series series(IndicatorKey key, List<RecordedObservation> recorded) {
        List<ReconciledValue> values = Reconciler.reconcile(recorded);
        RecordedObservation latest = recorded.stream()
                .max(Comparator.comparing(RecordedObservation::report).thenComparing(RecordedObservation::seq)).orElse(null);
        String theme = latest == null || latest.theme() == null ? "" : latest.theme();
        String director = latest == null || latest.director() == null ? "" : latest.director();
        Set<Long> times = new HashSet<>();
        List<PointRecord> points = new ArrayList<>(values.size());
        List<SeriesPoint> stored = new ArrayList<>(values.size());
        boolean provisional = ProvisionalIndicators.isProvisional(key.indicator());
        for (ReconciledValue v : values) {
            RecordedObservation c = v.chosen();
            long seconds = c.periodEnd().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            times.add(seconds * 1000);
            stored.add(new SeriesPoint(c.periodStart(), c.periodEnd(), c.value()));
            points.add(PointRecord.at(Schema.IndicatorValue.MEASUREMENT, seconds * 1_000_000)
                    .tag(Schema.IndicatorValue.TAG_ORGANISATION, key.organisation())
                    .tag(Schema.IndicatorValue.TAG_INDICATOR, key.indicator())
                    .tag(Schema.IndicatorValue.TAG_PROVISIONAL, provisional ? Schema.PROVISIONAL : null)
                    .tag(Schema.IndicatorValue.TAG_THEME, theme.isEmpty() ? null : theme)
                    .tag(Schema.IndicatorValue.TAG_DIRECTOR, director.isEmpty() ? null : director)
                    .field(Schema.IndicatorValue.FIELD_VALUE, c.value())
                    .field(Schema.IndicatorValue.FIELD_KIND, c.kind().id())
                    .field(Schema.IndicatorValue.FIELD_UNIT, c.unit())
                    .field(Schema.IndicatorValue.FIELD_PERIOD_START, c.periodStart().toString())
                    .field(Schema.IndicatorValue.FIELD_PERIOD_END, c.periodEnd().toString())
                    .field(Schema.IndicatorValue.FIELD_REPORT, c.report())
                    .field(Schema.IndicatorValue.FIELD_SOURCE, c.source())
                    .field(Schema.IndicatorValue.FIELD_SENTENCE, c.sentence())
                    .field(Schema.IndicatorValue.FIELD_ALTERNATIVES, v.alternatives())
                    .build());
        }
        String t = theme.isBlank() ? "" : LineProtocol.tagValue(theme);
        String d = director.isBlank() ? "" : LineProtocol.tagValue(director);
        return new Series(t, d, times, points, new StoredSeries(key.organisation(), key.indicator(), t, d, stored));
    }

    /** A series whose tag set changed, or that has a period the new points lack, must go before the rewrite. */
    static boolean mustDrop(List<StoredOrganisation.SeriesShape> existing, Series series) {
        if (existing.isEmpty()) {
            return false;
        }
        if (existing.size() > 1 || series.points().isEmpty()) {
            return true;
        }
        StoredOrganisation.SeriesShape e = existing.get(0);
        boolean sameTags = e.theme().equals(series.theme()) && e.director().equals(series.director());
        return !sameTags || !series.times().containsAll(e.times());
    }
}
