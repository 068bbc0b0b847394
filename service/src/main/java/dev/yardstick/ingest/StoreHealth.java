package dev.yardstick.ingest;

import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.StoreException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code influx}: DOWN while InfluxDB does not answer, with
 * the reason; always the depth of the ingest queue (accepted updates not yet written) and the
 * updates set aside because retrying would not help. Details are shown only with the API token.
 */
@Component("influx")
class StoreHealth implements HealthIndicator {

    private final InfluxStore store;
    private final IngestService ingest;

    StoreHealth(InfluxStore store, IngestService ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        try {
            health.withDetail("version", store.ping());
        } catch (StoreException e) {
            health.down().withDetail("error", e.getMessage());
        }
        health.withDetail("url", store.settings().url()).withDetail("database", store.settings().database())
                .withDetail("queueDepth", ingest.queueDepth());
        ingest.lastStoreError().ifPresent(error -> health.withDetail("lastWriteError", error));
        var setAside = ingest.setAside();
        if (!setAside.isEmpty()) {
            health.withDetail("setAside", setAside.size()).withDetail("setAsideUpdates", setAside);
        }
        return health.build();
    }
}
