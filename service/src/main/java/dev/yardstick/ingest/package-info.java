/**
 * The use cases: {@link dev.yardstick.ingest.UpdateExtraction} (an update's bytes read, extracted
 * and matched: the one wiring the service, every command and the benchmark share) and
 * {@link dev.yardstick.ingest.IngestService} (extracted updates written, reconciled and assessed),
 * the durable queue that holds accepted updates while InfluxDB is away, targets, review
 * decisions, and the start-up ingest of the seed folder. Only {@code api}, {@code cli},
 * {@code bench} and the application depend on it.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}, {@code analysis},
 * {@code store}.
 */
package dev.yardstick.ingest;
