package dev.yardstick.store;

/** An indicator of one organisation: the unit a reconciled series is rebuilt for. */
public record IndicatorKey(String organisation, String indicator) {
}
