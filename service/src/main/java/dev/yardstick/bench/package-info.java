/**
 * Generated corpora for benchmarks: update documents recombined from the seed rows with varied
 * numbers and periods, and the extraction benchmark, which times the service's own
 * {@link dev.yardstick.ingest.UpdateExtraction}. Run from the command line only.
 *
 * <p>Depends on: {@code document}, {@code ingest}.
 */
package dev.yardstick.bench;
