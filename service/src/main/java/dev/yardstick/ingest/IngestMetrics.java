package dev.yardstick.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The service's own metrics, on the actuator Prometheus endpoint (and InfluxDB when
 * {@code management.influx.metrics.export.*} is set): {@code yardstick.documents.ingested}
 * (by outcome), {@code yardstick.documents.rejected}, {@code yardstick.observations.extracted},
 * {@code .matched}, {@code .unmatched}, {@code yardstick.points.written},
 * {@code yardstick.write.failures}, the {@code yardstick.ingest.latency} timer and the
 * {@code yardstick.ingest.queue.depth} gauge.
 */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter rejected;
    private final Counter extracted;
    private final Counter matched;
    private final Counter unmatched;
    private final Counter points;
    private final Counter writeFailures;
    private final Timer latency;

    IngestMetrics(MeterRegistry registry, IntSupplier queueDepth) {
        this.registry = registry;
        // strong reference: Micrometer holds gauge state weakly, and nothing else holds this lambda
        Gauge.builder("yardstick.ingest.queue.depth", queueDepth, IntSupplier::getAsInt).strongReference(true)
                .description("Accepted updates waiting in the durable queue for InfluxDB").register(registry);
        this.rejected = Counter.builder("yardstick.documents.rejected").description("Uploads that were not readable updates").register(registry);
        this.extracted = Counter.builder("yardstick.observations.extracted").register(registry);
        this.matched = Counter.builder("yardstick.observations.matched").description("Observations matched to an indicator").register(registry);
        this.unmatched = Counter.builder("yardstick.observations.unmatched").description("Candidates: quantities matching no indicator").register(registry);
        this.points = Counter.builder("yardstick.points.written").description("Points written to InfluxDB").register(registry);
        this.writeFailures = Counter.builder("yardstick.write.failures").description("Ingests that InfluxDB did not accept").register(registry);
        this.latency = Timer.builder("yardstick.ingest.latency").description("Time to read, extract, match and store one update").register(registry);
    }

    void ingested(String outcome, int observations, int matchedCount, int pointsWritten, long nanos) {
        Counter.builder("yardstick.documents.ingested").tag("outcome", outcome).register(registry).increment();
        extracted.increment(observations);
        matched.increment(matchedCount);
        unmatched.increment(observations - matchedCount);
        points.increment(pointsWritten);
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void rejected() {
        rejected.increment();
    }

    void writeFailed() {
        writeFailures.increment();
    }
}
