/**
 * The use case: an update's bytes to stored observations (read, extract, match, write, assess),
 * the durable queue that holds accepted updates while InfluxDB is away, targets, review
 * decisions, and the start-up ingest of the seed folder. Only {@code api}, {@code cli} and the
 * application depend on it.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}, {@code analysis},
 * {@code store}.
 */
package dev.yardstick.ingest;
