/**
 * Prose to quantities: value, unit, qualifier, period, kind and the sentence each came from.
 *
 * <p>Pure functions of text: no Spring, InfluxDB, HTTP, JSON or catalogue knowledge (matching
 * quantities to indicators is the {@code catalogue} package's job; it lends its polarity cues
 * through the {@link dev.yardstick.extract.PolarityHint} interface declared here).
 *
 * <p>Depends on: {@code document}.
 */
package dev.yardstick.extract;
