package dev.yardstick.api;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import io.micrometer.influx.InfluxMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service's own metrics reach InfluxDB, in their own database on the same server. */
@SpringBootTest(properties = {"management.defaults.metrics.export.enabled=true", "management.influx.metrics.export.step=1s"})
@DirtiesContext
class MetricsToInfluxTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    InfluxMeterRegistry registry;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "metrics_app");
        registry.add("yardstick.influx.metrics-database", () -> "metrics_own");
        registry.add("management.influx.metrics.export.enabled", () -> "true");
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void publishesToItsOwnDatabase() throws Exception {
        registry.counter("yardstick.test.marker").increment();

        try (InfluxStore store = new InfluxStore(INFLUX.settings("metrics_own"))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            String measurements = "";
            while (System.nanoTime() < deadline && !measurements.contains("yardstick_test_marker")) {
                measurements = store.query("SHOW MEASUREMENTS").toString();
                Thread.sleep(100);
            }
            assertThat(measurements).contains("yardstick_test_marker");
        }
    }
}
