package dev.yardstick.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.ingest.*}.
 *
 * @param seedOnStartup ingest every {@code *.txt} under {@code seedDir} when the service starts
 * @param seedDir       folder of updates to ingest at start-up
 * @param catalogue     indicator catalogue file; empty means the catalogue bundled in the jar
 * @param queueDir      durable queue of accepted updates not yet written to InfluxDB; keep it on
 *                      a persistent volume
 * @param retryInterval how often a non-empty queue is retried while InfluxDB is unavailable
 */
@ConfigurationProperties("yardstick.ingest")
public record IngestProperties(@DefaultValue("false") boolean seedOnStartup,
                               @DefaultValue("seed-data/updates") String seedDir,
                               @DefaultValue("") String catalogue,
                               @DefaultValue("data/ingest-queue") String queueDir,
                               @DefaultValue("10s") Duration retryInterval) {

    public IngestProperties {
        if (queueDir == null || queueDir.isBlank()) {
            throw new IllegalArgumentException("yardstick.ingest.queue-dir must name a writable folder");
        }
        if (retryInterval == null || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("yardstick.ingest.retry-interval must be positive, e.g. 10s; was " + retryInterval);
        }
    }
}
