/**
 * Generated corpora for benchmarks: update documents recombined from the seed rows with varied
 * numbers and periods, and the extraction benchmark. Run from the command line only.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}.
 */
package dev.yardstick.bench;
