/**
 * Generated corpora for benchmarks: update documents recombined from the seed rows with varied
 * numbers and periods, and the extraction benchmark. Depends on {@code document}, {@code extract}
 * and {@code catalogue}.
 */
package dev.yardstick.bench;
