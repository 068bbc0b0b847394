/**
 * The indicator catalogue (ids, units, polarity, cues), the standard library of council
 * indicators tried after it, provisional indicators named from the prose for the values neither
 * claims, and the matching of extracted quantities to indicators. Depends on {@code extract} and
 * {@code document}; nothing of InfluxDB or HTTP.
 */
package dev.yardstick.catalogue;
