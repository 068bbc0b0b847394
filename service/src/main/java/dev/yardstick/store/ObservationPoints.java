package dev.yardstick.store;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Observation;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.influxdb.dto.Point;

/** Builds the {@code observation} points of one document, at the last moment, from immutable records. */
public final class ObservationPoints {

    private ObservationPoints() {
    }

    /** The report tag of a document: its quarter, {@code 2017-18-Q2}. */
    public static String reportOf(FinancialQuarter quarter) {
        return FinancialQuarter.fyLabel(quarter.startYear()).replace('/', '-') + "-Q" + quarter.quarter();
    }

    public static List<Point> of(UpdateDocument document, List<MatchedObservation> observations) {
        List<Point> points = new ArrayList<>(observations.size());
        String report = reportOf(document.quarter());
        int seq = 0;
        for (MatchedObservation m : observations) {
            seq++;
            points.add(point(document, report, seq, m));
        }
        return points;
    }

    /**
     * Milliseconds past midnight that keep observations apart: the update's quarter counted from
     * April 2000 times 1,000, plus the position in the update. Under 1,000 observations per update
     * and quarters up to 2200 this stays below three minutes, well inside the period's last day.
     */
    static long offsetMillis(FinancialQuarter quarter, int seq) {
        if (seq < 1 || seq >= 1000) {
            throw new IllegalArgumentException("an update may hold 1 to 999 observations, this one has " + seq);
        }
        long quarterIndex = (quarter.startYear() - 2000L) * 4 + quarter.quarter() - 1;
        return Math.max(0, quarterIndex) * 1000 + seq;
    }

    private static Point point(UpdateDocument document, String report, int seq, MatchedObservation m) {
        Observation o = m.observation();
        long millis = o.period().end().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + offsetMillis(document.quarter(), seq);
        Point.Builder b = LineProtocol.measurement(Schema.Observation.MEASUREMENT).time(millis, TimeUnit.MILLISECONDS);
        LineProtocol.tag(b, Schema.Observation.TAG_ORGANISATION, document.organisation());
        LineProtocol.tag(b, Schema.Observation.TAG_INDICATOR, m.isCandidate() ? Schema.Observation.CANDIDATE : m.indicatorId());
        LineProtocol.tag(b, Schema.Observation.TAG_KIND, o.kind().id());
        LineProtocol.tag(b, Schema.Observation.TAG_THEME, o.provenance().theme());
        LineProtocol.tag(b, Schema.Observation.TAG_DIRECTOR, o.provenance().director());
        b.addField(Schema.Observation.FIELD_VALUE, o.quantity().value())
                .addField(Schema.Observation.FIELD_UNIT, o.quantity().unitLabel())
                .addField(Schema.Observation.FIELD_MEASURE, o.quantity().unit().measure().name().toLowerCase(java.util.Locale.ROOT))
                .addField(Schema.Observation.FIELD_QUALIFIER, o.quantity().qualifier().id() == null ? "exact" : o.quantity().qualifier().id())
                .addField(Schema.Observation.FIELD_PERIOD_START, o.period().start().toString())
                .addField(Schema.Observation.FIELD_PERIOD_END, o.period().end().toString())
                .addField(Schema.Observation.FIELD_TEXT, o.quantity().text())
                .addField(Schema.Observation.FIELD_SENTENCE, o.sentence())
                .addField(Schema.Observation.FIELD_ACCOUNTABILITY, o.provenance().accountability())
                .addField(Schema.Observation.FIELD_SOURCE, document.source())
                .addField(Schema.Observation.FIELD_REPORT, report)
                .addField(Schema.Observation.FIELD_SEQ, (double) seq)
                .addField(Schema.Observation.FIELD_ROW, (double) o.provenance().row())
                .addField(Schema.Observation.FIELD_DERIVATION, o.derivation() == null ? "" : o.derivation());
        return b.build();
    }
}
