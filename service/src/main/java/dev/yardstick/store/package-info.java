/**
 * The InfluxDB schema (all names in {@link dev.yardstick.store.Schema}), points built from
 * observations, and the writer. The only package that imports the InfluxDB client; depends on
 * {@code catalogue}, {@code extract} and {@code document}.
 */
package dev.yardstick.store;
