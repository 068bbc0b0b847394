package dev.yardstick.store;

import java.time.Duration;

/** Points written so far and the time InfluxDB took to accept them: its batched write rate. */
public record WriteStats(long points, Duration time) {
    public double pointsPerSecond() {
        return time.isZero() ? 0 : points / (time.toNanos() / 1e9);
    }
}
