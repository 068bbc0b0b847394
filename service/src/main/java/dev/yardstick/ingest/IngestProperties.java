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
 *                          (these three are defined, with the upload size, in {@link UpdateLimits})
 */
@ConfigurationProperties("yardstick.ingest")
public record IngestProperties(@DefaultValue("false") boolean seedOnStartup,
                               @DefaultValue("") String seedDir,
                               @DefaultValue("") String catalogue,
                               @DefaultValue("data/ingest-queue") String queueDir,
                               @DefaultValue("10s") Duration retryInterval,
                               @DefaultValue(UpdateLimits.DEFAULT_MAX_LINES) int maxLines,
                               @DefaultValue(UpdateLimits.DEFAULT_MAX_SENTENCE_LENGTH) int maxSentenceLength,
                               @DefaultValue(UpdateLimits.DEFAULT_MAX_OBSERVATIONS) int maxObservations) {

    public IngestProperties {
        if (queueDir == null || queueDir.isBlank()) {
            throw new IllegalArgumentException("yardstick.ingest.queue-dir must name a writable folder");
        }
        if (retryInterval == null || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("yardstick.ingest.retry-interval must be positive, e.g. 10s; was " + retryInterval);
        }
        new UpdateLimits(maxLines, maxSentenceLength, maxObservations); // validated at start-up
    }

    /**
     * The limits in force: these settings with the upload size, which {@code yardstick.api.max-upload}
     * holds because the HTTP layer is where a body is read.
     */
    public UpdateLimits limits(long maxUploadBytes) {
        return new UpdateLimits(maxUploadBytes, maxLines, maxSentenceLength, maxObservations);
    }
}
