/**
 * One value per indicator, organisation and period, reconciled from every observation that speaks
 * of it. Pure functions: no Spring, InfluxDB or catalogue knowledge.
 *
 * <p>Depends on: {@code extract} (for {@link dev.yardstick.extract.Kind}).
 */
package dev.yardstick.series;
