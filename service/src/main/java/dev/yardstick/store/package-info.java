/**
 * The InfluxDB schema (all names in {@link dev.yardstick.store.Schema}), points built from
 * matched observations, reconciled series and assessments, the writer and the readers. The only
 * package that imports the InfluxDB client.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}, {@code series},
 * {@code analysis}.
 */
package dev.yardstick.store;
