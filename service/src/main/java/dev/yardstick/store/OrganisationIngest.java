package dev.yardstick.store;

import dev.yardstick.analysis.ComparatorGap;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.Target;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.series.RecordedObservation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One organisation's part of an {@link IngestSession}: what it had stored (read once, when
 * opened) and the updates added since, from which its reconciled series and assessment are
 * computed in memory and written. An update whose points are exactly those already recorded for
 * its organisation and quarter is skipped; one that differs has its predecessor's points deleted
 * first.
 */
public final class OrganisationIngest {

    private final IngestSession session;
    private final StoredOrganisation stored;
    private final Clock clock;
    private final Map<String, ReportContent> reports;
    private final Map<String, String> digests;
    private final Set<String> added = new HashSet<>();
    private boolean offered;
    private int values;
    private int statusPoints;
    /** What the organisation holds once this ingest is written: the stored state until reconciled or assessed. */
    private Map<String, List<StoredOrganisation.SeriesShape>> shapes;
    private List<StoredSeries> series;
    private Map<String, PointRecord> valuePoints;
    private PriorPoints statuses;
    private PriorPoints targets;
    private Set<PointRecord> freshness;
    private final Map<String, StoredOrganisation.Assessment> assessments = new HashMap<>();
    private Map<Assessed, PointRecord> statusPointOf;

    OrganisationIngest(IngestSession session, StoredOrganisation stored, Clock clock) {
        this.session = session;
        this.stored = stored;
        this.clock = clock;
        this.reports = new HashMap<>(stored.reports);
        this.digests = new HashMap<>(stored.digests);
        this.shapes = stored.series;
        this.series = stored.storedSeries;
        this.valuePoints = stored.values;
        this.statuses = stored.statuses;
        this.targets = stored.targets;
        this.freshness = stored.freshness;
        this.statusPointOf = stored.statusPointOf;
    }

    public String organisation() {
        return stored.organisation;
    }

    /** Adds one update of this organisation, replacing an earlier version of the same quarter. */
    public IngestSession.Written add(UpdateDocument document, List<MatchedObservation> observations) {
        if (!document.organisation().equals(stored.organisation)) {
            throw new IllegalArgumentException("update of " + document.organisation() + " added to " + stored.organisation);
        }
        offered = true;
        String report = ObservationPoints.reportOf(document.quarter());
        String digest = digest(document, observations);
        String previous = digests.get(report);
        if (digest.equals(previous)) {
            return new IngestSession.Written(IngestSession.Outcome.UNCHANGED, 0);
        }
        ReportContent earlier = reports.get(report);
        if (earlier != null) {
            if (added.contains(report)) {
                session.sendAll(); // its points must be stored before they can be deleted
            }
            session.delete(earlier.deletions(stored.organisation, document.quarter()));
        }
        List<PointRecord> points = ObservationPoints.of(document, observations);
        reports.put(report, ReportContent.of(document, observations, points));
        session.add(points);
        session.addDocument(documentPoint(document, report, digest, observations));
        digests.put(report, digest);
        added.add(report);
        return new IngestSession.Written(previous == null ? IngestSession.Outcome.NEW : IngestSession.Outcome.REPLACED, points.size());
    }

    /**
     * The reconciled series of every indicator, computed from what was stored and what was added,
     * and written (a stored series whose tags changed or that lost a period is dropped first; of
     * the others only the points that differ from those this process last wrote) unless every
     * update offered was unchanged. With none offered the organisation is being re-assessed from
     * what it has stored (after a review decision moved its observations), so its series are
     * written.
     *
     * @return the series and the comparator values quoted, as the assessment reads them
     */
    public AssessmentInput reconcile() {
        Map<String, List<RecordedObservation>> byIndicator = new TreeMap<>();
        List<ReportContent.TimedQuote> quotes = new ArrayList<>();
        for (ReportContent c : reports.values()) {
            c.recorded.forEach(o -> byIndicator.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o));
            quotes.addAll(c.quotes);
        }
        Set<String> indicators = new TreeSet<>(byIndicator.keySet());
        indicators.addAll(shapes.keySet());
        List<StoredSeries> computed = new ArrayList<>();
        Map<String, List<StoredOrganisation.SeriesShape>> computedShapes = new HashMap<>();
        Map<String, PointRecord> computedPoints = new HashMap<>();
        List<String> drops = new ArrayList<>(); // indicators whose series go before the rewrite
        List<PointRecord> changed = new ArrayList<>();
        for (String indicator : indicators) {
            IndicatorKey key = new IndicatorKey(stored.organisation, indicator);
            SeriesRebuilder.Series s = SeriesRebuilder.series(key, byIndicator.getOrDefault(indicator, List.of()));
            boolean drop = SeriesRebuilder.mustDrop(shapes.getOrDefault(indicator, List.of()), s);
            if (drop) {
                drops.add(indicator);
            }
            for (PointRecord p : s.points()) {
                String at = StoredOrganisation.valueKey(p);
                computedPoints.put(at, p);
                if (drop || valuePoints == null || !p.equals(valuePoints.get(at))) {
                    changed.add(p);
                }
            }
            if (!s.points().isEmpty()) {
                computed.add(s.stored());
                computedShapes.put(indicator, List.of(new StoredOrganisation.SeriesShape(s.theme(), s.director(), s.times())));
            }
        }
        if (!added.isEmpty() || !offered) {
            session.drop(Schema.IndicatorValue.MEASUREMENT, stored.organisation, drops);
            session.add(changed);
            values = changed.size();
            shapes = computedShapes;
            series = computed;
            valuePoints = computedPoints;
        }
        return new AssessmentInput(computed, comparators(quotes));
    }

    /** The reconciled series as they were stored, with the comparator values quoted: to re-assess after a target changed. */
    public AssessmentInput asStored() {
        List<ReportContent.TimedQuote> quotes = new ArrayList<>();
        reports.values().forEach(c -> quotes.addAll(c.quotes));
        return new AssessmentInput(series, comparators(quotes));
    }

    private static Map<String, List<ComparatorGap.Quoted>> comparators(List<ReportContent.TimedQuote> quotes) {
        // oldest first: of values for the same period, a later update's comes last and wins
        quotes.sort(Comparator.comparingLong(ReportContent.TimedQuote::micros));
        Map<String, List<ComparatorGap.Quoted>> comparators = new LinkedHashMap<>();
        quotes.forEach(q -> comparators.computeIfAbsent(q.indicator(), k -> new ArrayList<>()).add(q.quoted()));
        return comparators;
    }

    /** Reconciled values written by {@link #reconcile()}. */
    public int reconciledValues() {
        return values;
    }

    /** Status points written by {@link #assess}: those new or changed. */
    public int statusPointsWritten() {
        return statusPoints;
    }

    /** What the organisation holds once this ingest's session has written everything. */
    StoredOrganisation written() {
        return new StoredOrganisation(stored.organisation, digests, reports, shapes, series, valuePoints, statuses, targets, freshness,
                assessments, statusPointOf);
    }

    /**
     * The statuses of one series: those this process made last time when {@code inputs} (what
     * besides the series they are computed from: the indicator, its target, the comparators
     * quoted) and the series are equal to then, otherwise {@code compute}'s. Assessing is a pure
     * function of these, so the same inputs give the same statuses and their points need not be
     * built again.
     */
    public List<Assessed> assessment(StoredSeries series, Object inputs, java.util.function.Supplier<List<Assessed>> compute) {
        StoredOrganisation.Assessment before = stored.assessments.get(series.indicator());
        List<Assessed> history = before != null && before.series().equals(series) && before.inputs().equals(inputs) ? before.history() : compute.get();
        assessments.put(series.indicator(), new StoredOrganisation.Assessment(series, inputs, history));
        return history;
    }

    /**
     * Replaces the status history and the target lines of this organisation, so a period or
     * target that no longer exists, or a field that no longer applies, leaves nothing behind, and
     * records how fresh each of its {@code latest} statuses is {@code today}.
     */
    public void assess(List<Assessed> statuses, List<Target> targets, Function<String, Polarity> polarity, List<Assessed> latest,
                       LocalDate today) {
        List<PointRecord> status = new ArrayList<>();
        Map<Assessed, PointRecord> pointOf = new java.util.IdentityHashMap<>();
        for (Assessed a : statuses) {
            PointRecord p = statusPointOf.get(a);
            if (p == null) {
                p = AssessmentPoints.status(a.status(), a.theme(), a.director(), a.comparators());
            }
            pointOf.put(a, p);
            status.add(p);
        }
        statusPointOf = pointOf;
        List<PointRecord> lines = new ArrayList<>();
        for (Target t : targets) {
            lines.addAll(AssessmentPoints.target(t, polarity.apply(t.indicator())));
        }
        Set<String> staleStatuses = this.statuses.stale(status);
        Set<String> staleTargets = this.targets.stale(lines);
        session.drop(Schema.IndicatorStatus.MEASUREMENT, stored.organisation, staleStatuses);
        session.drop(Schema.IndicatorTarget.MEASUREMENT, stored.organisation, staleTargets);
        List<PointRecord> changed = this.statuses.toWrite(status, staleStatuses);
        session.add(changed);
        session.add(this.targets.toWrite(lines, staleTargets));
        statusPoints = changed.size();
        this.statuses = PriorPoints.written(AssessmentPoints.STATUS_TAGS, status);
        this.targets = PriorPoints.written(AssessmentPoints.TARGET_TAGS, lines);
        List<PointRecord> fresh = latest.stream().map(a -> AssessmentPoints.freshness(a.status(), a.theme(), a.director(), today)).toList();
        Set<PointRecord> before = this.freshness;
        session.add(fresh.stream().filter(f -> !before.contains(f)).toList());
        this.freshness = new HashSet<>(fresh);
    }

    private PointRecord documentPoint(UpdateDocument document, String report, String digest, List<MatchedObservation> observations) {
        return PointRecord.at(Schema.Document.MEASUREMENT, document.quarter().end().atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000)
                .tag(Schema.Document.TAG_ORGANISATION, document.organisation())
                .tag(Schema.Document.TAG_REPORT, report)
                .field(Schema.Document.FIELD_SOURCE, document.source())
                .field(Schema.Document.FIELD_DIGEST, digest)
                .field(Schema.Document.FIELD_OBSERVATIONS, observations.size())
                .field(Schema.Document.FIELD_MATCHED, observations.stream().filter(MatchedObservation::isCatalogued).count())
                .field(Schema.Document.FIELD_PERIOD_START, document.period().start().toString())
                .field(Schema.Document.FIELD_PERIOD_END, document.period().end().toString())
                .field(Schema.Document.FIELD_INGESTED_AT, clock.instant().toString())
                .build();
    }

    /**
     * SHA-256 of everything the update's points are built from (cheaper than rendering them), so
     * equal digests mean equal points. The text of each observation is encoded straight into one
     * reused buffer; the bytes hashed are those of the text as {@code StringBuilder} would build it
     * ({@code String.valueOf} of each part, a number as {@link Double#toString}), so digests stored
     * before stay valid.
     */
    static String digest(UpdateDocument document, List<MatchedObservation> observations) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Utf8Line text = new Utf8Line();
            text.text(document.source()).ascii('\u0000').text(document.organisation()).ascii('\u0000').text(String.valueOf(document.quarter()));
            sha.update(text.bytes(), 0, text.length());
            for (MatchedObservation m : observations) {
                var o = m.observation();
                text.clear();
                text.ascii('\n').text(m.indicatorId()).ascii('\u0000').ascii(Double.toString(o.quantity().value())).ascii('\u0000')
                        .text(o.quantity().unitLabel()).ascii('\u0000').text(String.valueOf(o.quantity().unit().measure())).ascii('\u0000')
                        .text(String.valueOf(o.quantity().qualifier())).ascii('\u0000').text(String.valueOf(o.kind())).ascii('\u0000')
                        .text(String.valueOf(o.period().start())).ascii('\u0000').text(String.valueOf(o.period().end())).ascii('\u0000')
                        .text(o.quantity().text()).ascii('\u0000').text(o.sentence()).ascii('\u0000')
                        .text(o.provenance().theme()).ascii('\u0000').text(o.provenance().director()).ascii('\u0000')
                        .text(o.provenance().accountability()).ascii('\u0000').decimal(o.provenance().row()).ascii('\u0000')
                        .text(o.derivation());
                sha.update(text.bytes(), 0, text.length());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
