package dev.yardstick.store;

import dev.yardstick.analysis.SeriesPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the API and the review read from InfluxDB: one query each, built by {@link InfluxQl}. */
final class StoreQueries {

    private final InfluxGateway gateway;

    StoreQueries(InfluxGateway gateway) {
        this.gateway = gateway;
    }

    private List<ResultRows.Row> rows(String influxQl, String what) {
        return gateway.query(influxQl, what).get(0).rows();
    }

    List<StoredObservation> observations(String indicator, String organisation, LocalDate from, LocalDate to) {
        List<String> where = new ArrayList<>(List.of(InfluxQl.is(Schema.Observation.TAG_INDICATOR, indicator)));
        if (organisation != null) {
            where.add(InfluxQl.is(Schema.Observation.TAG_ORGANISATION, organisation));
        }
        if (from != null) {
            where.add(InfluxQl.timeFrom(from));
        }
        if (to != null) {
            where.add(InfluxQl.timeBefore(to.plusDays(1)));
        }
        List<StoredObservation> out = new ArrayList<>();
        for (ResultRows.Row row : rows(InfluxQl.select(Schema.Observation.MEASUREMENT, List.of(), InfluxQl.and(where.toArray(String[]::new))),
                "read the observations of " + indicator)) {
            out.add(stored(row, indicator));
        }
        return out;
    }

    List<StoredObservation> reviewObservations(String organisation) {
        String where = InfluxQl.and(InfluxQl.is(Schema.Observation.TAG_ORGANISATION, organisation), InfluxQl.anyOf(List.of(
                InfluxQl.is(Schema.Observation.TAG_PROVISIONAL, Schema.PROVISIONAL),
                InfluxQl.is(Schema.Observation.TAG_INDICATOR, Schema.Observation.CANDIDATE))));
        List<StoredObservation> out = new ArrayList<>();
        for (ResultRows.Row row : rows(InfluxQl.select(Schema.Observation.MEASUREMENT, List.of(), where), "read what " + organisation + " has to review")) {
            out.add(stored(row, row.text(Schema.Observation.TAG_INDICATOR)));
        }
        return out;
    }

    static StoredObservation stored(ResultRows.Row row, String indicator) {
        return new StoredObservation(row.text(Schema.Observation.TAG_ORGANISATION), indicator,
                Schema.PROVISIONAL.equals(row.text(Schema.Observation.TAG_PROVISIONAL)), row.text(Schema.Observation.TAG_KIND),
                row.number(Schema.Observation.FIELD_VALUE), row.text(Schema.Observation.FIELD_UNIT), row.text(Schema.Observation.FIELD_QUALIFIER),
                row.text(Schema.Observation.FIELD_PERIOD_START), row.text(Schema.Observation.FIELD_PERIOD_END),
                row.text(Schema.Observation.FIELD_TEXT), row.text(Schema.Observation.FIELD_SENTENCE),
                row.text(Schema.Observation.FIELD_SOURCE), row.text(Schema.Observation.FIELD_REPORT),
                row.text(Schema.Observation.TAG_THEME), row.text(Schema.Observation.TAG_DIRECTOR),
                row.text(Schema.Observation.FIELD_DERIVATION));
    }

    Set<String> tagValues(String measurement, String key, String where) {
        Set<String> out = new TreeSet<>();
        for (ResultRows.Row row : rows(InfluxQl.showTagValues(measurement, key, where), "list the " + key + " values of " + measurement)) {
            out.add(row.text("value"));
        }
        return out;
    }

    /** The reconciled series of one organisation (all when null), grouped by their tags. */
    List<StoredSeries> reconciledSeries(String organisation) {
        String select = InfluxQl.select(Schema.IndicatorValue.MEASUREMENT, List.of(Schema.IndicatorValue.FIELD_VALUE, Schema.IndicatorValue.FIELD_PERIOD_START));
        if (organisation != null) {
            select += " WHERE " + InfluxQl.is(Schema.IndicatorValue.TAG_ORGANISATION, organisation);
        }
        Map<Map<String, String>, List<SeriesPoint>> bySeries = new LinkedHashMap<>();
        for (ResultRows.Row row : rows(InfluxQl.groupBy(select, List.of(Schema.IndicatorValue.TAG_ORGANISATION, Schema.IndicatorValue.TAG_INDICATOR,
                Schema.IndicatorValue.TAG_THEME, Schema.IndicatorValue.TAG_DIRECTOR)), "read the reconciled series")) {
            LocalDate end = Instant.ofEpochMilli(row.time()).atZone(ZoneOffset.UTC).toLocalDate();
            // every reconciled value is written with its period; a point without one is read as that day alone
            String start = row.text(Schema.IndicatorValue.FIELD_PERIOD_START);
            bySeries.computeIfAbsent(row.tags(), k -> new ArrayList<>())
                    .add(new SeriesPoint(start == null ? end : LocalDate.parse(start), end, row.number(Schema.IndicatorValue.FIELD_VALUE)));
        }
        List<StoredSeries> out = new ArrayList<>();
        bySeries.forEach((tags, points) -> out.add(new StoredSeries(tags.get(Schema.IndicatorValue.TAG_ORGANISATION),
                tags.get(Schema.IndicatorValue.TAG_INDICATOR), tags.get(Schema.IndicatorValue.TAG_THEME), tags.get(Schema.IndicatorValue.TAG_DIRECTOR), points)));
        return out;
    }

    List<StoredDocument> documents() {
        List<StoredDocument> out = new ArrayList<>();
        for (ResultRows.Row row : rows(InfluxQl.select(Schema.Document.MEASUREMENT, List.of()), "list the ingested updates")) {
            out.add(new StoredDocument(row.text(Schema.Document.TAG_ORGANISATION), row.text(Schema.Document.TAG_REPORT),
                    row.text(Schema.Document.FIELD_SOURCE), row.text(Schema.Document.FIELD_PERIOD_START),
                    row.text(Schema.Document.FIELD_PERIOD_END), (int) row.number(Schema.Document.FIELD_OBSERVATIONS),
                    (int) row.number(Schema.Document.FIELD_MATCHED), row.text(Schema.Document.FIELD_INGESTED_AT)));
        }
        return out;
    }
}
