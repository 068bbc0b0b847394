package dev.yardstick.store;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.influxdb.dto.Point;

/**
 * Sends one batch of points while the caller prepares the next, so reading and extracting the
 * next updates overlaps InfluxDB's work on the last ones. At most one batch is in flight (memory
 * stays bounded); its failure surfaces at the next {@link #send} or {@link #await}.
 */
final class BackgroundWriter implements AutoCloseable {

    private final InfluxStore store;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "influx-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;

    BackgroundWriter(InfluxStore store) {
        this.store = store;
    }

    /** Waits for the batch in flight, then sends {@code points} (which the caller must not change). */
    void send(List<Point> points, String what) {
        await();
        inFlight = executor.submit(() -> store.write(points, what));
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
        executor.shutdownNow();
    }
}
