package dev.yardstick.store;

/** An ingested update as recorded: where it came from, when, and what it held. */
public record StoredDocument(String organisation, String report, String source, String periodStart, String periodEnd,
                             int observations, int matched, String ingestedAt) {
}
