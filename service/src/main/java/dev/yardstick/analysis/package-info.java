/**
 * Performance against target: RAG with polarity, direction of travel, least-squares trend and
 * forecast with prediction intervals, and XmR statistical process control. Pure functions of a
 * series, a target and its polarity; the only package that imports Apache Commons Math; knows
 * nothing of InfluxDB, Spring or HTTP.
 *
 * <p>Depends on: {@code catalogue}.
 */
package dev.yardstick.analysis;
