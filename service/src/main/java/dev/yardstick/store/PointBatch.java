package dev.yardstick.store;

import java.util.ArrayList;
import java.util.List;
import org.influxdb.dto.Point;

/**
 * Collects points across organisations and sends them {@link InfluxStore#BATCH_SIZE} at a time.
 * InfluxDB 1.x syncs its write-ahead log once per request, so many small writes (one per
 * organisation) cost far more than the same points in few large ones. Not thread-safe.
 */
public final class PointBatch {

    private final InfluxStore store;
    private final String what;
    private final List<Point> points = new ArrayList<>();
    private int written;

    PointBatch(InfluxStore store, String what) {
        this.store = store;
        this.what = what;
    }

    void add(Point point) {
        points.add(point);
        if (points.size() >= InfluxStore.BATCH_SIZE) {
            flush();
        }
    }

    void addAll(List<Point> more) {
        more.forEach(this::add);
    }

    /** Sends what is collected; call before anything that must see these points. */
    public void flush() {
        if (!points.isEmpty()) {
            store.write(points, points.size() + " " + what + " points");
            written += points.size();
            points.clear();
        }
    }

    public int written() {
        return written;
    }
}
