package dev.yardstick.analysis;

import java.time.LocalDate;

/** A value the trend line predicts for a date, with its 95% prediction interval. */
public record Forecast(LocalDate date, double value, double lower, double upper) {
}
