package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    @Test
    void countsDocumentsObservationsPointsAndLatency() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        IngestMetrics metrics = new IngestMetrics(registry, () -> 3);

        metrics.ingested("new", 78, 42, 120, TimeUnit.MILLISECONDS.toNanos(250));
        metrics.ingested("unchanged", 78, 42, 0, TimeUnit.MILLISECONDS.toNanos(50));
        metrics.rejected();
        metrics.writeFailed();

        assertThat(registry.get("yardstick.documents.ingested").tag("outcome", "new").counter().count()).isEqualTo(1);
        assertThat(registry.get("yardstick.documents.ingested").tag("outcome", "unchanged").counter().count()).isEqualTo(1);
        assertThat(registry.get("yardstick.observations.extracted").counter().count()).isEqualTo(156);
        assertThat(registry.get("yardstick.observations.matched").counter().count()).isEqualTo(84);
        assertThat(registry.get("yardstick.observations.unmatched").counter().count()).isEqualTo(72);
        assertThat(registry.get("yardstick.points.written").counter().count()).isEqualTo(120);
        assertThat(registry.get("yardstick.documents.rejected").counter().count()).isEqualTo(1);
        assertThat(registry.get("yardstick.write.failures").counter().count()).isEqualTo(1);
        assertThat(registry.get("yardstick.ingest.latency").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(300);
        assertThat(registry.get("yardstick.ingest.queue.depth").gauge().value()).isEqualTo(3);
    }
}
