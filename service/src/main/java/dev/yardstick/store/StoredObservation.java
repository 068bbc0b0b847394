package dev.yardstick.store;

/**
 * An observation as read back from InfluxDB, with its evidence; {@code provisional} when its
 * indicator was named from the prose rather than taken from a catalogue.
 */
public record StoredObservation(String organisation, String indicator, boolean provisional, String kind, double value, String unit,
                                String qualifier, String periodStart, String periodEnd, String text, String sentence,
                                String source, String report, String theme, String director, String derivation) {
}
