package dev.yardstick;

import dev.yardstick.store.InfluxServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The settings every test of the whole service needs: its own throwaway influxd and database,
 * and a fresh folder for the ingest queue and API-set targets, so test classes share nothing.
 */
public final class ServiceTestSettings {

    private ServiceTestSettings() {
    }

    /** Registers the influxd, the database, fresh data folders; the service's metrics export is off. */
    public static void register(DynamicPropertyRegistry registry, InfluxServer influx, String database) {
        registry.add("yardstick.influx.url", influx::url);
        registry.add("yardstick.influx.database", () -> database);
        registry.add("yardstick.ingest.queue-dir", () -> SeedData.tempDir("queue").toString());
        registry.add("yardstick.targets.api-file", () -> SeedData.tempDir("targets").resolve("api.yaml").toString());
        registry.add("management.influx.metrics.export.enabled", () -> "false");
    }
}
