package dev.yardstick.store;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.influxdb.dto.Pong;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;
import org.influxdb.dto.BatchPoints;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Point;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

/**
 * Talks to InfluxDB over the 1.x HTTP API (line protocol and InfluxQL), which InfluxDB 2.x and 3.x
 * also serve through their v1-compatible endpoints. Writes are blocking and batched; failures
 * reach the caller as {@link StoreException}.
 */
public final class InfluxStore implements AutoCloseable {

    /** Points per HTTP request: large enough to amortise the round trip, small enough for a 1.x server's default limits. */
    public static final int BATCH_SIZE = 5_000;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** For the command line, which has no queue to fall back on: a slow server is waited for. */
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

    private final InfluxDB influx;
    private final java.util.concurrent.atomic.AtomicLong pointsWritten = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong writeNanos = new java.util.concurrent.atomic.AtomicLong();
    private final InfluxSettings settings;
    private final Clock clock;

    public InfluxStore(InfluxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public InfluxStore(InfluxSettings settings, Clock clock) {
        this(settings, clock, BATCH_TIMEOUT);
    }

    /** {@code timeout} bounds each request: past it, the server counts as unavailable. */
    public InfluxStore(InfluxSettings settings, Clock clock, Duration timeout) {
        this.settings = settings;
        this.clock = clock;
        // bounded waits: a hung server must surface as an outage, not block an ingest forever
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout).readTimeout(timeout).writeTimeout(timeout)
                .callTimeout(timeout.multipliedBy(2)).addInterceptor(InfluxRefusal.interceptor());
        this.influx = InfluxDBFactory.connect(settings.url(), settings.username(), settings.password(), http);
    }

    /** The server's version, or {@link StoreUnavailableException} when it does not answer. */
    public String ping() {
        try {
            Pong pong = influx.ping();
            if (pong == null || !pong.isGood()) {
                throw new StoreUnavailableException("InfluxDB at " + settings.url() + " did not answer the ping", null);
            }
            return pong.getVersion();
        } catch (RuntimeException e) {
            throw StoreException.from("reach InfluxDB", settings, e);
        }
    }

    /**
     * Creates the database if it is missing. Looked for first: with authentication on, the
     * writing user is usually not an admin and may not run CREATE DATABASE on one that exists.
     */
    public void ensureDatabase() {
        boolean exists = ResultRows.of(query(new Query("SHOW DATABASES"), "list the databases")).stream()
                .anyMatch(row -> settings.database().equals(row.text("name")));
        if (!exists) {
            query(new Query("CREATE DATABASE " + identifier(settings.database())), "create the database");
        }
        ensureRetentionPolicy();
    }

    /**
     * The configured retention policy is created if missing, keeping data forever, as the
     * database's default: queries (Yardstick's and the dashboards') name no policy, so they read
     * the default one.
     */
    private void ensureRetentionPolicy() {
        boolean exists = ResultRows.of(query(new Query("SHOW RETENTION POLICIES ON " + identifier(settings.database())),
                "list the retention policies")).stream().anyMatch(row -> settings.retentionPolicy().equals(row.text("name")));
        if (!exists) {
            query(new Query("CREATE RETENTION POLICY " + identifier(settings.retentionPolicy()) + " ON " + identifier(settings.database())
                    + " DURATION INF REPLICATION 1 DEFAULT"), "create retention policy " + settings.retentionPolicy());
        }
    }

    /** An InfluxQL identifier: double-quoted, with quotes and backslashes escaped. */
    private static String identifier(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Starts writing a batch of updates; {@link IngestSession#finish()} completes it. */
    public IngestSession session() {
        return new IngestSession(this, clock);
    }

    /**
     * Writes one update's observations, replacing an earlier version of it (same organisation and
     * quarter), and rebuilds the reconciled series of its organisation. Writing the same update
     * twice leaves the database as after the first write.
     */
    public IngestSession.Written replaceDocument(UpdateDocument document, List<MatchedObservation> observations) {
        try (IngestSession session = session()) {
            IngestSession.Written written = session.add(document, observations);
            session.finish();
            return written;
        }
    }

    /**
     * The observations recorded for one indicator, oldest period first, optionally for one
     * organisation and between two dates (inclusive, by period end).
     */
    public List<StoredObservation> observations(String indicator, String organisation, java.time.LocalDate from, java.time.LocalDate to) {
        StringBuilder q = new StringBuilder("SELECT * FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \""
                + Schema.Observation.TAG_INDICATOR + "\" = $indicator");
        if (organisation != null) {
            q.append(" AND \"").append(Schema.Observation.TAG_ORGANISATION).append("\" = $org");
        }
        if (from != null) {
            q.append(" AND time >= '").append(from).append("T00:00:00Z'");
        }
        if (to != null) {
            q.append(" AND time < '").append(to.plusDays(1)).append("T00:00:00Z'");
        }
        var builder = BoundParameterQuery.QueryBuilder.newQuery(q.toString());
        builder.forDatabase(settings.database()).bind("indicator", indicator);
        if (organisation != null) {
            builder.bind("org", organisation);
        }
        List<StoredObservation> out = new java.util.ArrayList<>();
        for (ResultRows.Row row : ResultRows.of(query(builder.create(), "read the observations of " + indicator))) {
            out.add(new StoredObservation(row.text(Schema.Observation.TAG_ORGANISATION), indicator,
                    Schema.PROVISIONAL.equals(row.text(Schema.Observation.TAG_PROVISIONAL)), row.text(Schema.Observation.TAG_KIND), row.number(Schema.Observation.FIELD_VALUE),
                    row.text(Schema.Observation.FIELD_UNIT), row.text(Schema.Observation.FIELD_QUALIFIER),
                    row.text(Schema.Observation.FIELD_PERIOD_START), row.text(Schema.Observation.FIELD_PERIOD_END),
                    row.text(Schema.Observation.FIELD_TEXT), row.text(Schema.Observation.FIELD_SENTENCE),
                    row.text(Schema.Observation.FIELD_SOURCE), row.text(Schema.Observation.FIELD_REPORT),
                    row.text(Schema.Observation.TAG_THEME), row.text(Schema.Observation.TAG_DIRECTOR),
                    row.text(Schema.Observation.FIELD_DERIVATION)));
        }
        return out;
    }

    /** The ids of every provisional indicator with observations, in any organisation and scope. */
    public java.util.Set<String> provisionalIndicators() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        QueryResult r = query(BoundParameterQuery.QueryBuilder.newQuery("SHOW TAG VALUES FROM \"" + Schema.Observation.MEASUREMENT
                        + "\" WITH KEY = \"" + Schema.Observation.TAG_INDICATOR + "\" WHERE \"" + Schema.Observation.TAG_PROVISIONAL
                        + "\" = $provisional").forDatabase(settings.database()).bind("provisional", Schema.PROVISIONAL).create(),
                "list the provisional indicators");
        for (ResultRows.Row row : ResultRows.of(r)) {
            out.add(row.text("value"));
        }
        return out;
    }

    /** Every organisation with a reconciled series. */
    public java.util.Set<String> organisations() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        QueryResult r = query(new Query("SHOW TAG VALUES FROM \"" + Schema.IndicatorValue.MEASUREMENT + "\" WITH KEY = \""
                + Schema.IndicatorValue.TAG_ORGANISATION + "\"", settings.database()), "list the organisations");
        for (ResultRows.Row row : ResultRows.of(r)) {
            out.add(row.text("value"));
        }
        return out;
    }

    /** The reconciled series of every indicator of one organisation (all organisations when null). */
    public List<StoredSeries> reconciledSeries(String organisation) {
        var builder = BoundParameterQuery.QueryBuilder.newQuery(AssessmentInput.seriesQuery(organisation)).forDatabase(settings.database());
        if (organisation != null) {
            builder.bind("org", organisation);
        }
        return AssessmentInput.series(query(builder.create(), "read the reconciled series").getResults().get(0));
    }

    /** The reconciled series of one organisation with the comparator values its updates quote, in one request. */
    public AssessmentInput assessmentInput(String organisation) {
        return AssessmentInput.read(this, organisation);
    }

    /**
     * Replaces the status history and the target lines of one organisation, so a period or
     * target that no longer exists, or a field that no longer applies, leaves nothing behind.
     * Stale series are dropped at once; the new points go to {@code batch}.
     */
    public void replaceAssessment(String organisation, List<Assessed> statuses, List<dev.yardstick.catalogue.Target> targets,
                                  java.util.function.Function<String, dev.yardstick.catalogue.Polarity> polarity, PointBatch batch) {
        List<PointRecord> status = new java.util.ArrayList<>();
        for (Assessed a : statuses) {
            status.add(AssessmentPoints.status(a.status(), a.theme(), a.director(), a.comparators()));
        }
        List<PointRecord> lines = new java.util.ArrayList<>();
        for (dev.yardstick.catalogue.Target t : targets) {
            lines.addAll(AssessmentPoints.target(t, polarity.apply(t.indicator())));
        }
        OrganisationSeries.replace(this, Schema.IndicatorStatus.MEASUREMENT, AssessmentPoints.STATUS_TAGS, organisation, status, batch);
        OrganisationSeries.replace(this, Schema.IndicatorTarget.MEASUREMENT, AssessmentPoints.TARGET_TAGS, organisation, lines, batch);
    }

    /**
     * Records how fresh each indicator of one organisation is on {@code today}. Earlier days stay
     * as history; re-evaluating on the same day overwrites that day's points.
     */
    public void writeFreshness(List<Assessed> latest, java.time.LocalDate today, PointBatch batch) {
        for (Assessed a : latest) {
            batch.add(AssessmentPoints.freshness(a.status(), a.theme(), a.director(), today).toPoint());
        }
    }

    /** A batch that sends points in requests of {@link #BATCH_SIZE}; flush it to finish. */
    public PointBatch batch(String what) {
        return new PointBatch(this, what);
    }

    /** Every ingested update, by organisation and quarter. */
    public List<StoredDocument> documents() {
        List<StoredDocument> out = new java.util.ArrayList<>();
        for (ResultRows.Row row : ResultRows.of(query(new Query("SELECT * FROM \"" + Schema.Document.MEASUREMENT + "\"",
                settings.database()), "list the ingested updates"))) {
            out.add(new StoredDocument(row.text(Schema.Document.TAG_ORGANISATION), row.text(Schema.Document.TAG_REPORT),
                    row.text(Schema.Document.FIELD_SOURCE), row.text(Schema.Document.FIELD_PERIOD_START),
                    row.text(Schema.Document.FIELD_PERIOD_END), (int) row.number(Schema.Document.FIELD_OBSERVATIONS),
                    (int) row.number(Schema.Document.FIELD_MATCHED), row.text(Schema.Document.FIELD_INGESTED_AT)));
        }
        return out;
    }

    /** Runs an InfluxQL query against the configured database. */
    public QueryResult query(String influxQl) {
        return query(new Query(influxQl, settings.database()), "query");
    }

    QueryResult query(Query q, String what) {
        return query(q, what, TimeUnit.MILLISECONDS);
    }

    /** With {@code precision} the unit of the epoch times returned (microseconds tell observations of one millisecond apart). */
    QueryResult query(Query q, String what, TimeUnit precision) {
        QueryResult result;
        try {
            result = influx.query(q, precision);
        } catch (RuntimeException e) {
            throw StoreException.from(what, settings, e);
        }
        if (result.hasError()) {
            throw new StoreException("could not " + what + ": InfluxDB answered '" + result.getError() + "'", null);
        }
        result.getResults().stream().filter(QueryResult.Result::hasError).findFirst().ifPresent(r -> {
            throw new StoreException("could not " + what + ": InfluxDB answered '" + r.getError() + "'", null);
        });
        return result;
    }

    /**
     * Writes share this lock and deletions take it alone: InfluxDB 1.x before 1.7 can lose points
     * written while a DELETE or DROP SERIES runs on the same shard (influxdata/influxdb#10169, fixed
     * in 1.7 by #10516), and uploads of different organisations now ingest in parallel.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock deletions = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /** Runs a DELETE or DROP SERIES while no write is in flight (see {@link #deletions}). */
    QueryResult delete(Query q, String what) {
        deletions.writeLock().lock();
        try {
            return query(q, what);
        } finally {
            deletions.writeLock().unlock();
        }
    }

    void write(List<Point> points, String what) {
        deletions.readLock().lock();
        try {
            writeBatches(points, what);
        } finally {
            deletions.readLock().unlock();
        }
    }

    private void writeBatches(List<Point> points, String what) {
        for (int from = 0; from < points.size(); from += BATCH_SIZE) {
            // microseconds: observation points past an update's 999th differ from each other below the millisecond
            BatchPoints batch = BatchPoints.database(settings.database()).retentionPolicy(settings.retentionPolicy())
                    .precision(TimeUnit.MICROSECONDS).build();
            points.subList(from, Math.min(points.size(), from + BATCH_SIZE)).forEach(batch::point);
            try {
                long started = System.nanoTime();
                influx.write(batch);
                writeNanos.addAndGet(System.nanoTime() - started);
                pointsWritten.addAndGet(batch.getPoints().size());
            } catch (RuntimeException e) {
                throw StoreException.from("write " + what + " to database " + settings.database(), settings, e);
            }
        }
    }

    /**
     * Moves one organisation's observations of indicator {@code from} to {@code to} (re-tagged:
     * indicator, and provisional as {@code to} is), or deletes them when {@code to} is null, then
     * rebuilds its reconciled series. For review decisions.
     *
     * @return the observations moved or deleted
     */
    public int relabel(String organisation, String from, dev.yardstick.catalogue.Indicator to) {
        return Relabeller.relabel(this, organisation, from, to, o -> true);
    }

    /**
     * Moves back the observations review decisions moved onto indicator {@code on} whose
     * {@code reviewed_from} {@code which} accepts, each to the indicator {@code resolve} gives (null:
     * the candidates), then rebuilds the series. For undoing a decision.
     */
    public int restore(String organisation, String on, java.util.function.Predicate<String> which,
                       java.util.function.Function<String, dev.yardstick.catalogue.Indicator> resolve) {
        return Relabeller.restore(this, organisation, on, which, resolve);
    }

    /** The next upload of each of the organisation's updates is written anew, not found unchanged. */
    public void forgetDigests(String organisation) {
        Relabeller.forgetDigests(this, organisation);
    }

    /** Deletes the observations of one organisation and indicator that {@code which} selects, then rebuilds its series. */
    public int deleteObservations(String organisation, String indicator, java.util.function.Predicate<StoredObservation> which) {
        return Relabeller.relabel(this, organisation, indicator, null, which);
    }

    /** Every observation of one organisation that a person should review: of provisional indicators, and candidates. */
    public List<StoredObservation> reviewObservations(String organisation) {
        return Relabeller.reviewObservations(this, organisation);
    }

    /** Every organisation with observations, candidates included. */
    public java.util.Set<String> observedOrganisations() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (ResultRows.Row row : ResultRows.of(query(new Query("SHOW TAG VALUES FROM \"" + Schema.Observation.MEASUREMENT
                + "\" WITH KEY = \"" + Schema.Observation.TAG_ORGANISATION + "\"", settings.database()), "list the organisations"))) {
            out.add(row.text("value"));
        }
        return out;
    }

    public WriteStats writeStats() {
        return new WriteStats(pointsWritten.get(), java.time.Duration.ofNanos(writeNanos.get()));
    }

    public InfluxSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        influx.close();
    }
}
