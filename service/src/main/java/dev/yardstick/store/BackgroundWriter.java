package dev.yardstick.store;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends one batch of points while the caller prepares the next, so reading and extracting the
 * next updates overlaps InfluxDB's work on the last ones. At most one batch is in flight (memory
 * stays bounded); its failure surfaces at the next {@link #send} or {@link #await}.
 */
final class BackgroundWriter implements AutoCloseable {

    private final InfluxGateway gateway;
    private ExecutorService executor;
    private Future<?> inFlight;

    BackgroundWriter(InfluxGateway gateway) {
        this.gateway = gateway;
    }

    /** Waits for the batch in flight, then sends {@code points} (which the caller must not change). */
    void send(List<PointRecord> points, String what) {
        await();
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "influx-writer");
                t.setDaemon(true);
                return t;
            });
        }
        inFlight = executor.submit(() -> gateway.write(points, what));
    }

    /** Waits until everything sent is written, rethrowing its failure. */
    void await() {
        if (inFlight == null) {
            return;
        }
        Future<?> f = inFlight;
        inFlight = null;
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("writing to InfluxDB failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing to InfluxDB", e);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
