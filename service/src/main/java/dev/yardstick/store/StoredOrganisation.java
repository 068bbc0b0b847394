package dev.yardstick.store;

import dev.yardstick.analysis.SeriesPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one organisation had stored before an ingest or assessment: the digest of each update, the
 * content of each update's observations, the shape of its reconciled series (with their values),
 * and its status and target points. Either read in one request of six statements, or, when this
 * process wrote it last, kept from then ({@link KnownOrganisations}): then the points of the
 * reconciled series and the assessment are known too, and only those that change are sent again.
 * Everything written afterwards is computed from this and what the ingest holds; nothing just
 * written is read back. Not changed once built.
 */
final class StoredOrganisation {

    /** Only what reconciling needs of an observation: its sentence and source, but not its text, row or accountability. */
    private static final List<String> RECONCILE_COLUMNS = List.of(Schema.Observation.FIELD_VALUE, Schema.Observation.FIELD_UNIT,
            Schema.Observation.FIELD_QUALIFIER, Schema.Observation.FIELD_PERIOD_START, Schema.Observation.FIELD_PERIOD_END,
            Schema.Observation.FIELD_REPORT, Schema.Observation.FIELD_SEQ, Schema.Observation.FIELD_SOURCE,
            Schema.Observation.FIELD_SENTENCE, Schema.Observation.TAG_INDICATOR, Schema.Observation.TAG_KIND,
            Schema.Observation.TAG_THEME, Schema.Observation.TAG_DIRECTOR, Schema.Observation.TAG_SCOPE);

    /** One stored reconciled series: its tag values and the times (ms) of its points. */
    record SeriesShape(String theme, String director, Set<Long> times) {
    }

    final String organisation;
    final Map<String, String> digests;
    final Map<String, ReportContent> reports;
    final Map<String, List<SeriesShape>> series;
    /** The reconciled series as stored, as an assessment reads them. */
    final List<StoredSeries> storedSeries;
    /** The points of the reconciled series by {@link #valueKey}, when this process wrote them; null when read back. */
    final Map<String, PointRecord> values;
    final PriorPoints statuses;
    final PriorPoints targets;
    /**
     * The assessment of each series as this process last made it, with what it was made from;
     * and the status point of each status it holds (by identity). Empty when read back.
     */
    final Map<String, Assessment> assessments;
    final Map<Assessed, PointRecord> statusPointOf;

    /** A series' statuses and the inputs that made them: the same inputs make the same statuses. */
    record Assessment(StoredSeries series, Object inputs, List<Assessed> history) {
    }

    /** The freshness points this process last wrote (a day's are rewritten only when they change); empty when read back. */
    final Set<PointRecord> freshness;

    /** A state computed by an ingest that wrote it. */
    StoredOrganisation(String organisation, Map<String, String> digests, Map<String, ReportContent> reports,
                       Map<String, List<SeriesShape>> series, List<StoredSeries> storedSeries, Map<String, PointRecord> values,
                       PriorPoints statuses, PriorPoints targets, Set<PointRecord> freshness, Map<String, Assessment> assessments,
                       Map<Assessed, PointRecord> statusPointOf) {
        this.organisation = organisation;
        this.digests = Collections.unmodifiableMap(new HashMap<>(digests));
        this.reports = Collections.unmodifiableMap(new HashMap<>(reports));
        this.series = Collections.unmodifiableMap(new HashMap<>(series));
        this.storedSeries = List.copyOf(storedSeries);
        this.values = values == null ? null : Collections.unmodifiableMap(new HashMap<>(values));
        this.statuses = statuses;
        this.targets = targets;
        this.freshness = Set.copyOf(freshness);
        this.assessments = Collections.unmodifiableMap(new HashMap<>(assessments));
        this.statusPointOf = Collections.unmodifiableMap(new IdentityHashMap<>(statusPointOf));
    }

    /** Series and time of a reconciled value: the tags are the indicator's one tag set. */
    static String valueKey(PointRecord point) {
        return point.tag(Schema.IndicatorValue.TAG_INDICATOR) + '\u0000' + point.epochMicros();
    }

    private StoredOrganisation(String organisation, List<ResultRows> results) {
        this.organisation = organisation;
        this.digests = new HashMap<>();
        this.reports = new HashMap<>();
        this.series = new HashMap<>();
        this.storedSeries = new ArrayList<>();
        this.values = null;
        for (ResultRows.Row row : results.get(0).rows()) {
            digests.put(row.text(Schema.Document.TAG_REPORT), row.text(Schema.Document.FIELD_DIGEST));
        }
        for (int statement = 1; statement <= 2; statement++) {
            for (ResultRows.Row row : results.get(statement).rows()) {
                reports.computeIfAbsent(row.text(Schema.Observation.FIELD_REPORT), r -> new ReportContent()).addStored(organisation, row);
            }
        }
        Map<Map<String, String>, List<SeriesPoint>> points = new LinkedHashMap<>();
        for (ResultRows.Row row : results.get(3).rows()) {
            LocalDate end = Instant.ofEpochMilli(row.time()).atZone(ZoneOffset.UTC).toLocalDate();
            // every reconciled value is written with its period; a point without one is read as that day alone
            String start = row.text(Schema.IndicatorValue.FIELD_PERIOD_START);
            points.computeIfAbsent(row.tags(), k -> new ArrayList<>())
                    .add(new SeriesPoint(start == null ? end : LocalDate.parse(start), end, row.number(Schema.IndicatorValue.FIELD_VALUE)));
            List<SeriesShape> shapes = series.computeIfAbsent(row.tag(Schema.IndicatorValue.TAG_INDICATOR), k -> new ArrayList<>());
            String theme = row.tag(Schema.IndicatorValue.TAG_THEME);
            String director = row.tag(Schema.IndicatorValue.TAG_DIRECTOR);
            SeriesShape shape = shapes.stream().filter(s -> s.theme().equals(theme) && s.director().equals(director)).findFirst().orElse(null);
            if (shape == null) {
                shape = new SeriesShape(theme, director, new HashSet<>());
                shapes.add(shape);
            }
            shape.times().add(row.time());
        }
        points.forEach((tags, p) -> storedSeries.add(new StoredSeries(organisation, tags.get(Schema.IndicatorValue.TAG_INDICATOR),
                tags.get(Schema.IndicatorValue.TAG_THEME), tags.get(Schema.IndicatorValue.TAG_DIRECTOR), p)));
        statuses = PriorPoints.read(AssessmentPoints.STATUS_TAGS, results.get(4).rows());
        targets = PriorPoints.read(AssessmentPoints.TARGET_TAGS, results.get(5).rows());
        freshness = Set.of();
        assessments = Map.of();
        statusPointOf = Map.of();
    }

    /** The digest of each update of the organisation InfluxDB holds: one small query. */
    static Map<String, String> digests(InfluxGateway gateway, String organisation) {
        Map<String, String> out = new HashMap<>();
        for (ResultRows.Row row : gateway.query(digestQuery(organisation), "read the updates " + organisation + " has stored").get(0).rows()) {
            out.put(row.text(Schema.Document.TAG_REPORT), row.text(Schema.Document.FIELD_DIGEST));
        }
        return out;
    }

    private static String digestQuery(String organisation) {
        return InfluxQl.groupBy(InfluxQl.select(Schema.Document.MEASUREMENT, List.of(Schema.Document.FIELD_DIGEST),
                InfluxQl.is(Schema.Document.TAG_ORGANISATION, organisation)), List.of(Schema.Document.TAG_REPORT));
    }

    static StoredOrganisation read(InfluxGateway gateway, String organisation) {
        String org = InfluxQl.is(Schema.Observation.TAG_ORGANISATION, organisation);
        String candidate = InfluxQl.is(Schema.Observation.TAG_INDICATOR, Schema.Observation.CANDIDATE);
        List<String> statements = List.of(
                digestQuery(organisation),
                InfluxQl.select(Schema.Observation.MEASUREMENT, RECONCILE_COLUMNS,
                        InfluxQl.and(org, InfluxQl.isNot(Schema.Observation.TAG_INDICATOR, Schema.Observation.CANDIDATE))),
                InfluxQl.select(Schema.Observation.MEASUREMENT, List.of(Schema.Observation.FIELD_REPORT, Schema.Observation.TAG_INDICATOR,
                        Schema.Observation.TAG_KIND), InfluxQl.and(org, candidate)),
                InfluxQl.groupBy(InfluxQl.select(Schema.IndicatorValue.MEASUREMENT, List.of(Schema.IndicatorValue.FIELD_VALUE,
                        Schema.IndicatorValue.FIELD_PERIOD_START), InfluxQl.is(Schema.IndicatorValue.TAG_ORGANISATION, organisation)), List.of(Schema.IndicatorValue.TAG_INDICATOR,
                        Schema.IndicatorValue.TAG_THEME, Schema.IndicatorValue.TAG_DIRECTOR)),
                InfluxQl.select(Schema.IndicatorStatus.MEASUREMENT, List.of(), InfluxQl.is(Schema.IndicatorStatus.TAG_ORGANISATION, organisation)),
                InfluxQl.select(Schema.IndicatorTarget.MEASUREMENT, List.of(), InfluxQl.is(Schema.IndicatorTarget.TAG_ORGANISATION, organisation)));
        return new StoredOrganisation(organisation, gateway.query(InfluxQl.statements(statements), "read what " + organisation + " has stored"));
    }
}
