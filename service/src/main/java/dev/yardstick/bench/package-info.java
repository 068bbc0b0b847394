/**
 * Generated corpora for benchmarks: update documents recombined from the seed rows with varied
 * numbers and periods. Depends only on {@code document}.
 */
package dev.yardstick.bench;
