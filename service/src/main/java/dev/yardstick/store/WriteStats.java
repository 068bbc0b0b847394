package dev.yardstick.store;

import java.time.Duration;

/**
 * Points written so far, the time InfluxDB took to accept them (its batched write rate), the
 * write requests sent, and the tags and numbers left out because line protocol cannot hold them
 * (blank tags, NaN and infinities).
 */
public record WriteStats(long points, Duration time, long requests, long refused) {
    public double pointsPerSecond() {
        return time.isZero() ? 0 : points / (time.toNanos() / 1e9);
    }
}
