package dev.yardstick.store;

import dev.yardstick.analysis.IndicatorStatus;

/** An assessed period of one series, with the tags its status point carries. */
public record Assessed(IndicatorStatus status, String theme, String director) {
}
