package dev.yardstick.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Retries the ingest queue on a fixed delay while the service runs, so updates accepted during an
 * InfluxDB outage (or left by a crash) are written when the server is back, without a new upload.
 */
final class QueueDrainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueDrainer.class);

    private final IngestService ingest;
    private final Duration interval;
    private ScheduledExecutorService executor;

    QueueDrainer(IngestService ingest, Duration interval) {
        this.ingest = ingest;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-queue-drainer");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::drainOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drainOnce() {
        try {
            if (ingest.queueDepth() > 0) {
                int left = ingest.drainQueue();
                if (left > 0) {
                    log.warn("{} accepted update(s) still waiting for InfluxDB: {}", left, ingest.lastStoreError().orElse("unknown reason"));
                }
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again; log and keep retrying
            log.error("ingest queue retry failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
