package dev.yardstick.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.ingest.*}.
 *
 * @param seedOnStartup ingest every {@code *.txt}, {@code *.docx} and {@code *.pdf} under {@code seedDir} when the service starts
 * @param seedDir       folder of updates to ingest at start-up; empty means the seed updates bundled in the jar
 * @param catalogue     indicator catalogue file; empty means the catalogue bundled in the jar
 * @param queueDir      durable queue of accepted updates not yet written to InfluxDB; keep it on
 *                      a persistent volume
 * @param retryInterval how often a non-empty queue is retried while InfluxDB is unavailable
 * @param maxLines          most lines one update may have
 * @param maxSentenceLength most characters between two sentence ends (full stop, question or
 *                          exclamation mark, line break) in one update
 * @param maxObservations   most observations one update may yield
 */
@ConfigurationProperties("yardstick.ingest")
public record IngestProperties(@DefaultValue("false") boolean seedOnStartup,
                               @DefaultValue("") String seedDir,
                               @DefaultValue("") String catalogue,
                               @DefaultValue("data/ingest-queue") String queueDir,
                               @DefaultValue("10s") Duration retryInterval,
                               @DefaultValue("20000") int maxLines,
                               @DefaultValue("5000") int maxSentenceLength,
                               @DefaultValue("5000") int maxObservations) {

    public IngestProperties {
        if (queueDir == null || queueDir.isBlank()) {
            throw new IllegalArgumentException("yardstick.ingest.queue-dir must name a writable folder");
        }
        if (retryInterval == null || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("yardstick.ingest.retry-interval must be positive, e.g. 10s; was " + retryInterval);
        }
        limits(maxLines, maxSentenceLength, maxObservations); // validated at start-up
    }

    UpdateLimits limits() {
        return limits(maxLines, maxSentenceLength, maxObservations);
    }

    private static UpdateLimits limits(int maxLines, int maxSentenceLength, int maxObservations) {
        return new UpdateLimits(maxLines, maxSentenceLength, maxObservations);
    }
}
