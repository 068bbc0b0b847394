/**
 * The indicator catalogue (ids, units, polarity, cues), the standard library of council
 * indicators tried after it, provisional indicators named from the prose for the values neither
 * claims, review decisions on provisional indicators, targets, and the matching of extracted
 * quantities to indicators. Reads its YAML files with Jackson; nothing of InfluxDB, Spring or HTTP.
 *
 * <p>Depends on: {@code document}, {@code extract}.
 */
package dev.yardstick.catalogue;
