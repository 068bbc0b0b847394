/**
 * Prose to quantities: value, unit, qualifier, period, kind and the sentence each came from.
 *
 * <p>Depends only on {@code document}. Pure functions of text: no Spring, InfluxDB, HTTP or
 * catalogue knowledge (matching quantities to indicators is the {@code catalogue} package's job).
 */
package dev.yardstick.extract;
