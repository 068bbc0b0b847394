/**
 * Yardstick: council update documents to indicator time series in InfluxDB.
 *
 * <p>Packages follow the data, one step each, and depend only backwards along it:
 * {@code document} → {@code extract} → {@code catalogue} → {@code series}, {@code analysis} →
 * {@code store} → {@code ingest} → {@code api}, {@code cli} (and {@code bench}, the benchmark the
 * command line runs). Each package's {@code package-info.java} names, in its last paragraph,
 * the Yardstick packages it may use; {@code ArchitectureTest} reads that paragraph and fails when
 * the code uses a package not named there, or no longer uses one that is.
 *
 * <p>Depends on: {@code cli} (the entry point runs a command or starts the service).
 */
package dev.yardstick;
