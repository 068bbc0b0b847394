package dev.yardstick.ingest;

/**
 * What ingesting one update did.
 *
 * @param outcome       new, replaced (a corrected version of an update already stored), unchanged, or
 *                      queued (accepted and safe on disk; written when InfluxDB is available again)
 * @param pointsWritten observation points written (0 when unchanged)
 * @param statusPointsWritten status points the re-assessment after it wrote (kept apart: the
 *                      organisation is re-assessed even when the update is unchanged, so a
 *                      re-assessment that waited for InfluxDB is not lost)
 */
public record DocumentIngested(String source, String organisation, String period, String periodStart, String periodEnd,
                               int observations, int matched, int candidates, String outcome, int pointsWritten,
                               int statusPointsWritten) {
}
