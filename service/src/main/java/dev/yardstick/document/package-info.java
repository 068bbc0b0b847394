/**
 * Reading update files into {@link dev.yardstick.document.UpdateDocument} rows.
 *
 * <p>First step of the pipeline: depends on nothing else in Yardstick, and knows nothing of
 * quantities, indicators, InfluxDB or HTTP. Enforced by {@code ArchitectureTest}.
 */
package dev.yardstick.document;
