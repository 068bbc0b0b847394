package dev.yardstick.store;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.influxdb.dto.QueryResult;
import org.slf4j.LoggerFactory;

/**
 * Yardstick's InfluxDB store, over the 1.x HTTP API (line protocol and InfluxQL), which InfluxDB
 * 2.x and 3.x also serve through their v1-compatible endpoints. Writes go through
 * {@link IngestSession}s, reads through one query each; everything reaches the server through
 * {@link InfluxGateway}. Writes are blocking and batched; failures reach the caller as
 * {@link StoreException}.
 */
public final class InfluxStore implements AutoCloseable {

    /** Points per write request. */
    public static final int BATCH_SIZE = InfluxGateway.BATCH_SIZE;

    /** For the command line, which has no queue to fall back on: a slow server is waited for. */
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

    private final InfluxGateway gateway;
    private final StoreQueries queries;
    private final Clock clock;
    private final KnownOrganisations known;

    public InfluxStore(InfluxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public InfluxStore(InfluxSettings settings, Clock clock) {
        this(settings, clock, BATCH_TIMEOUT, null);
    }

    public InfluxStore(InfluxSettings settings, Clock clock, Duration timeout) {
        this(settings, clock, timeout, null);
    }

    /**
     * {@code timeout} bounds each request: past it, the server counts as unavailable.
     * {@code dump}, when not null, is a folder that receives the body of every write request.
     */
    public InfluxStore(InfluxSettings settings, Clock clock, Duration timeout, Path dump) {
        this(settings, clock, timeout, dump, 0);
    }

    /**
     * {@code keptOrganisations}: for how many organisations what this process last wrote is kept
     * in memory, so their next upload need not read their history back (for a service that is
     * the only writer of its database; 0 keeps none).
     */
    public InfluxStore(InfluxSettings settings, Clock clock, Duration timeout, Path dump, int keptOrganisations) {
        this.known = new KnownOrganisations(keptOrganisations);
        this.gateway = new InfluxGateway(settings, timeout, dump, known::forgetAll);
        this.queries = new StoreQueries(gateway);
        this.clock = clock;
    }

    /** The server's version, or {@link StoreUnavailableException} when it does not answer. */
    public String ping() {
        return gateway.ping();
    }

    /**
     * Creates the database if it is missing, and the configured retention policy as its default
     * (keeping data forever, in shard groups of {@link Schema#SHARD_DURATION}), since queries
     * (Yardstick's and the dashboards') name no policy. Each is looked for first: with
     * authentication on, the writing user is usually not an admin and may not create one that
     * exists. A policy made elsewhere with shorter shard groups is left as it is, with a warning.
     */
    public void ensureDatabase() {
        InfluxSettings settings = gateway.settings();
        boolean exists = gateway.server(InfluxQl.showDatabases(), "list the databases").get(0).rows().stream()
                .anyMatch(row -> settings.database().equals(row.text("name")));
        if (!exists) {
            gateway.server(InfluxQl.createDatabase(settings.database(), settings.retentionPolicy(), Schema.SHARD_DURATION), "create the database");
            known.forgetAll(); // a server that lost its database lost what the service remembers writing
        }
        ResultRows.Row policy = gateway.server(InfluxQl.showRetentionPolicies(settings.database()), "list the retention policies").get(0).rows()
                .stream().filter(row -> settings.retentionPolicy().equals(row.text("name"))).findFirst().orElse(null);
        if (policy == null) {
            gateway.server(InfluxQl.createDefaultRetentionPolicy(settings.retentionPolicy(), settings.database(), Schema.SHARD_DURATION),
                    "create retention policy " + settings.retentionPolicy());
        } else if (hours(policy.text("shardGroupDuration")) < Schema.SHARD_DURATION_HOURS) {
            // not altered: InfluxDB 1.x maps a batch to shard groups assuming they never overlap, and drops
            // points ("points beyond retention policy") once a longer group overlaps the existing short ones
            // the logger is looked up only here: the first lookup starts the logging system, which costs the ingest
            // command a noticeable share of its start-up and has nothing else to log
            LoggerFactory.getLogger(InfluxStore.class).warn("retention policy {} keeps {} of data per shard group, where a database "
                    + "Yardstick creates keeps {}: writes and deletions are slower with many shard groups", settings.retentionPolicy(),
                    policy.text("shardGroupDuration"), Schema.SHARD_DURATION);
        }
    }

    /** Whole hours of an InfluxDB duration such as {@code 168h0m0s}; 0 when unreadable. */
    private static long hours(String duration) {
        int h = duration == null ? -1 : duration.indexOf('h');
        try {
            return h < 0 ? 0 : Long.parseLong(duration.substring(0, h));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Starts writing updates; {@link IngestSession#finish()} completes it. */
    public IngestSession session() {
        return new IngestSession(gateway, known, clock);
    }

    /**
     * Writes one update's observations, replacing an earlier version of it (same organisation and
     * quarter), and its organisation's reconciled series (no assessment). Writing the same update
     * twice leaves the database as after the first write.
     */
    public IngestSession.Written replaceDocument(UpdateDocument document, List<MatchedObservation> observations) {
        try (IngestSession session = session()) {
            OrganisationIngest organisation = session.open(document.organisation());
            IngestSession.Written written = organisation.add(document, observations);
            organisation.reconcile();
            session.finish();
            return written;
        }
    }

    /**
     * The observations recorded for one indicator, oldest period first, optionally for one
     * organisation and between two dates (inclusive, by period end).
     */
    public List<StoredObservation> observations(String indicator, String organisation, LocalDate from, LocalDate to) {
        return queries.observations(indicator, organisation, from, to);
    }

    /** The ids of every provisional indicator with observations, in any organisation and scope. */
    public Set<String> provisionalIndicators() {
        return queries.tagValues(Schema.Observation.MEASUREMENT, Schema.Observation.TAG_INDICATOR,
                InfluxQl.is(Schema.Observation.TAG_PROVISIONAL, Schema.PROVISIONAL));
    }

    /** Every organisation with a reconciled series. */
    public Set<String> organisations() {
        return queries.tagValues(Schema.IndicatorValue.MEASUREMENT, Schema.IndicatorValue.TAG_ORGANISATION, null);
    }

    /** Every organisation with observations, candidates included. */
    public Set<String> observedOrganisations() {
        return queries.tagValues(Schema.Observation.MEASUREMENT, Schema.Observation.TAG_ORGANISATION, null);
    }

    /** The reconciled series of every indicator of one organisation (all organisations when null). */
    public List<StoredSeries> reconciledSeries(String organisation) {
        return queries.reconciledSeries(organisation);
    }

    /** Every ingested update, by organisation and quarter. */
    public List<StoredDocument> documents() {
        return queries.documents();
    }

    /** Every observation of one organisation that a person should review: of provisional indicators, and candidates. */
    public List<StoredObservation> reviewObservations(String organisation) {
        return queries.reviewObservations(organisation);
    }

    /**
     * Records how fresh each indicator is on {@code today}. Earlier days stay as history;
     * re-evaluating on the same day overwrites that day's points.
     */
    public void writeFreshness(List<Assessed> latest, LocalDate today) {
        gateway.write(latest.stream().map(a -> AssessmentPoints.freshness(a.status(), a.theme(), a.director(), today)).toList(),
                "freshness");
    }

    /**
     * Moves one organisation's observations of indicator {@code from} to {@code to} (re-tagged:
     * indicator, and provisional as {@code to} is), or deletes them when {@code to} is null. For
     * review decisions; assess the organisation afterwards to rebuild its series.
     *
     * @return the observations moved or deleted
     */
    public int relabel(String organisation, String from, Indicator to) {
        known.forget(organisation);
        return Relabeller.relabel(gateway, organisation, from, to, o -> true);
    }

    /**
     * Moves back the observations review decisions moved onto indicator {@code on} whose
     * {@code reviewed_from} {@code which} accepts, each to the indicator {@code resolve} gives (null:
     * the candidates). For undoing a decision; reconcile and assess the organisation after.
     */
    public int restore(String organisation, String on, Predicate<String> which,
                       java.util.function.Function<String, Indicator> resolve) {
        known.forget(organisation);
        return Relabeller.restore(gateway, organisation, on, which, resolve);
    }

    /** The next upload of each of the organisation's updates is written anew, not found unchanged. */
    public void forgetDigests(String organisation) {
        known.forget(organisation);
        Relabeller.forgetDigests(gateway, organisation);
    }

    /** Deletes the observations of one organisation and indicator that {@code which} selects. */
    public int deleteObservations(String organisation, String indicator, Predicate<StoredObservation> which) {
        known.forget(organisation);
        return Relabeller.relabel(gateway, organisation, indicator, null, which);
    }

    /**
     * Runs an InfluxQL query against the configured database, for ad-hoc reads (tests, checks of
     * the dashboards' queries). It may change what is stored, so what this process remembers
     * writing is forgotten.
     */
    public QueryResult query(String influxQl) {
        known.forgetAll();
        return gateway.raw(influxQl);
    }

    public WriteStats writeStats() {
        return gateway.stats();
    }

    public InfluxSettings settings() {
        return gateway.settings();
    }

    @Override
    public void close() {
        gateway.close();
    }
}
