package dev.yardstick.store;

import dev.yardstick.analysis.SeriesPoint;
import java.util.List;

/** One reconciled series as stored: its tags and its values, oldest first. */
public record StoredSeries(String organisation, String indicator, String theme, String director, List<SeriesPoint> points) {
    public StoredSeries {
        theme = theme == null ? "" : theme;
        director = director == null ? "" : director;
        points = List.copyOf(points);
    }
}
