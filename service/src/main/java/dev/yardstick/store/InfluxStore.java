package dev.yardstick.store;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;
import org.influxdb.dto.BatchPoints;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Point;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

/**
 * Writes observations to InfluxDB over the 1.x HTTP API (line protocol and InfluxQL), which
 * InfluxDB 2.x and 3.x also serve through their v1-compatible endpoints. Writes are blocking and
 * batched; failures reach the caller as {@link StoreException}.
 */
public final class InfluxStore implements AutoCloseable {

    /** Points per HTTP request: large enough to amortise the round trip, small enough for a 1.x server's default limits. */
    static final int BATCH_SIZE = 5_000;

    private final InfluxDB influx;
    private final InfluxSettings settings;

    public InfluxStore(InfluxSettings settings) {
        this.settings = settings;
        this.influx = InfluxDBFactory.connect(settings.url(), settings.username(), settings.password());
    }

    /** Creates the database if it is missing (idempotent in InfluxQL). */
    public void ensureDatabase() {
        query(new Query("CREATE DATABASE \"" + settings.database().replace("\"", "\\\"") + "\""), "create the database");
    }

    /**
     * Writes one document's observations, replacing whatever an earlier version of the same
     * document (same organisation and quarter) wrote, then rebuilds the reconciled series of
     * every indicator the old or new version mentions. Writing the same document twice leaves
     * the database as after the first write.
     *
     * @return the number of points written
     */
    public int replaceDocument(UpdateDocument document, List<MatchedObservation> observations) {
        Set<IndicatorKey> touched = new LinkedHashSet<>(indicatorsOf(document));
        int written = writeObservations(document, observations);
        observations.stream().filter(m -> !m.isCandidate())
                .forEach(m -> touched.add(new IndicatorKey(document.organisation(), m.indicatorId())));
        return written + rebuild(touched);
    }

    /**
     * Writes one document's observations, replacing an earlier version's, without rebuilding the
     * reconciled series: for batches, which call {@link #rebuild} once at the end.
     *
     * @return the indicators whose reconciled series must be rebuilt
     */
    public Set<IndicatorKey> replaceObservations(UpdateDocument document, List<MatchedObservation> observations) {
        Set<IndicatorKey> touched = new LinkedHashSet<>(indicatorsOf(document));
        writeObservations(document, observations);
        observations.stream().filter(m -> !m.isCandidate())
                .forEach(m -> touched.add(new IndicatorKey(document.organisation(), m.indicatorId())));
        return touched;
    }

    /**
     * Rebuilds the {@code indicator_value} series of these indicators from their recorded observations.
     *
     * @return the number of points written
     */
    public int rebuild(Set<IndicatorKey> keys) {
        int written = 0;
        for (IndicatorKey key : keys) {
            var recorded = SeriesRebuilder.recorded(query(SeriesRebuilder.selectObservations(settings.database(), key),
                    "read the observations of " + key.indicator()), key);
            query(SeriesRebuilder.dropSeries(settings.database(), key), "clear the series of " + key.indicator());
            List<Point> points = SeriesRebuilder.points(key, recorded);
            write(points, "the series of " + key.indicator());
            written += points.size();
        }
        return written;
    }

    /** Indicators an earlier version of this document mentioned: their series must be rebuilt even if the new version drops them. */
    private List<IndicatorKey> indicatorsOf(UpdateDocument document) {
        String report = ObservationPoints.reportOf(document.quarter());
        QueryResult result = query(BoundParameterQuery.QueryBuilder.newQuery("SHOW TAG VALUES FROM \"" + Schema.Observation.MEASUREMENT
                        + "\" WITH KEY = \"" + Schema.Observation.TAG_INDICATOR + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION
                        + "\" = $org AND \"" + Schema.Observation.TAG_REPORT + "\" = $report")
                .forDatabase(settings.database()).bind("org", document.organisation()).bind("report", report).create(),
                "read what the earlier version of " + document.source() + " wrote");
        List<IndicatorKey> keys = new ArrayList<>();
        QueryResult.Result r = result.getResults().get(0);
        if (r.getSeries() != null) {
            for (List<Object> row : r.getSeries().get(0).getValues()) {
                String indicator = row.get(1).toString();
                if (!Schema.Observation.CANDIDATE.equals(indicator)) {
                    keys.add(new IndicatorKey(document.organisation(), indicator));
                }
            }
        }
        return keys;
    }

    private int writeObservations(UpdateDocument document, List<MatchedObservation> observations) {
        String report = ObservationPoints.reportOf(document.quarter());
        query(BoundParameterQuery.QueryBuilder.newQuery("DROP SERIES FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \""
                        + Schema.Observation.TAG_ORGANISATION + "\" = $org AND \"" + Schema.Observation.TAG_REPORT + "\" = $report")
                .forDatabase(settings.database()).bind("org", document.organisation()).bind("report", report).create(),
                "remove the earlier version of " + document.source());
        List<Point> points = ObservationPoints.of(document, observations);
        write(points, document.source());
        return points.size();
    }

    private void write(List<Point> points, String what) {
        for (int from = 0; from < points.size(); from += BATCH_SIZE) {
            BatchPoints batch = BatchPoints.database(settings.database()).retentionPolicy(settings.retentionPolicy())
                    .precision(TimeUnit.SECONDS).build();
            points.subList(from, Math.min(points.size(), from + BATCH_SIZE)).forEach(batch::point);
            try {
                influx.write(batch);
            } catch (RuntimeException e) {
                throw new StoreException("writing " + what + " to InfluxDB at " + settings.url() + " (database "
                        + settings.database() + ") failed: " + e.getMessage(), e);
            }
        }
    }

    /** Runs an InfluxQL query against the configured database. */
    public QueryResult query(String influxQl) {
        return query(new Query(influxQl, settings.database()), "query");
    }

    private QueryResult query(Query q, String what) {
        QueryResult result;
        try {
            result = influx.query(q, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throw new StoreException("could not " + what + ": InfluxDB at " + settings.url() + " did not answer ("
                    + e.getMessage() + "); check yardstick.influx.url and that the server is running", e);
        }
        if (result.hasError()) {
            throw new StoreException("could not " + what + ": InfluxDB answered '" + result.getError() + "'", null);
        }
        result.getResults().stream().filter(r -> r.hasError()).findFirst().ifPresent(r -> {
            throw new StoreException("could not " + what + ": InfluxDB answered '" + r.getError() + "'", null);
        });
        return result;
    }

    public InfluxSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        influx.close();
    }
}
