/**
 * The indicator catalogue (ids, units, polarity, cues) and the matching of extracted quantities
 * to indicators. Depends on {@code extract} and {@code document}; nothing of InfluxDB or HTTP.
 */
package dev.yardstick.catalogue;
