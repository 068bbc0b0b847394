package dev.yardstick.store;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Observation;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@code observation} points of one document, at the last moment, from immutable records. */
public final class ObservationPoints {

    private ObservationPoints() {
    }

    /** The report tag of a document: its quarter, {@code 2017-18-Q2}. */
    public static String reportOf(FinancialQuarter quarter) {
        return FinancialQuarter.fyLabel(quarter.startYear()).replace('/', '-') + "-Q" + quarter.quarter();
    }

    static List<PointRecord> of(UpdateDocument document, List<MatchedObservation> observations) {
        List<PointRecord> points = new ArrayList<>(observations.size());
        String report = reportOf(document.quarter());
        int seq = 0;
        String sentence = null;
        String shortSentence = null;
        for (MatchedObservation m : observations) {
            seq++;
            if (!m.observation().sentence().equals(sentence)) {
                // a sentence with several figures yields consecutive observations: it is shortened once
                sentence = m.observation().sentence();
                shortSentence = ShortSentence.of(sentence);
            }
            points.add(point(document, report, seq, m, shortSentence));
        }
        return points;
    }

    /** Observations one update may hold: each needs its own instant in its report's slot of a day. */
    public static final int MAX_OBSERVATIONS = 999_999;

    /**
     * Milliseconds past midnight that keep observations apart: the update's quarter counted from
     * April 2000 times 1,000, plus the position in the update modulo 1,000. Quarters up to 2200
     * stay below three minutes, well inside the period's last day. Each report owns the
     * millisecond slot {@link #slotStartMillis} to +999 of a day, so its points can be deleted by
     * time range.
     */
    static long offsetMillis(FinancialQuarter quarter, int seq) {
        checkSeq(seq);
        return slotStartMillis(quarter) + seq % 1000;
    }

    /**
     * Microseconds past {@link #offsetMillis}: the thousands of the position. Zero for the first 999
     * observations, so their points keep the times earlier versions wrote; before, the 1,000th
     * observation of an update could not be written at all (issue 10).
     */
    static long offsetMicros(int seq) {
        checkSeq(seq);
        return seq / 1000;
    }

    /** First millisecond past midnight of the slot a report's points use. */
    static long slotStartMillis(FinancialQuarter quarter) {
        long quarterIndex = (quarter.startYear() - 2000L) * 4 + quarter.quarter() - 1;
        return Math.max(0, quarterIndex) * 1000;
    }

    /** True when no other report shares the slot (quarters before April 2000 all share slot 0). */
    static boolean hasOwnSlot(FinancialQuarter quarter) {
        return (quarter.startYear() - 2000L) * 4 + quarter.quarter() - 1 > 0;
    }

    private static void checkSeq(int seq) {
        if (seq < 1 || seq > MAX_OBSERVATIONS) {
            throw new IllegalArgumentException("an update may hold 1 to " + MAX_OBSERVATIONS + " observations, this one has " + seq);
        }
    }

    /** Microseconds since the epoch of an update's {@code seq}th observation: its period's last day plus its slot. */
    static long timeMicros(FinancialQuarter quarter, java.time.LocalDate periodEnd, int seq) {
        long millis = periodEnd.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + offsetMillis(quarter, seq);
        return millis * 1000 + offsetMicros(seq);
    }

    private static PointRecord point(UpdateDocument document, String report, int seq, MatchedObservation m, String shortSentence) {
        Observation o = m.observation();
        return PointRecord.at(Schema.Observation.MEASUREMENT, timeMicros(document.quarter(), o.period().end(), seq))
                .tag(Schema.Observation.TAG_ORGANISATION, document.organisation())
                .tag(Schema.Observation.TAG_INDICATOR, m.isCandidate() ? Schema.Observation.CANDIDATE : m.indicatorId())
                .tag(Schema.Observation.TAG_KIND, o.kind().id())
                .tag(Schema.Observation.TAG_SCOPE, o.scope().id())
                .tag(Schema.Observation.TAG_PROVISIONAL, m.isProvisional() ? Schema.PROVISIONAL : null)
                .tag(Schema.Observation.TAG_THEME, o.provenance().theme())
                .tag(Schema.Observation.TAG_DIRECTOR, o.provenance().director())
                .field(Schema.Observation.FIELD_VALUE, o.quantity().value())
                .field(Schema.Observation.FIELD_UNIT, o.quantity().unitLabel())
                .field(Schema.Observation.FIELD_MEASURE, o.quantity().unit().measure().name().toLowerCase(java.util.Locale.ROOT))
                .field(Schema.Observation.FIELD_QUALIFIER, o.quantity().qualifier().id() == null ? "exact" : o.quantity().qualifier().id())
                .field(Schema.Observation.FIELD_PERIOD_START, o.period().start().toString())
                .field(Schema.Observation.FIELD_PERIOD_END, o.period().end().toString())
                .field(Schema.Observation.FIELD_TEXT, o.quantity().text())
                .field(Schema.Observation.FIELD_SENTENCE, o.sentence())
                .field(Schema.Observation.FIELD_SENTENCE_SHORT, shortSentence)
                .field(Schema.Observation.FIELD_ACCOUNTABILITY, o.provenance().accountability())
                .field(Schema.Observation.FIELD_SOURCE, document.source())
                .field(Schema.Observation.FIELD_REPORT, report)
                .field(Schema.Observation.FIELD_SEQ, seq)
                .field(Schema.Observation.FIELD_ROW, o.provenance().row())
                .field(Schema.Observation.FIELD_DERIVATION, o.derivation() == null ? "" : o.derivation())
                .field(Schema.Observation.FIELD_REVIEWED_FROM, m.reviewedFrom())
                .build();
    }
}
