package dev.yardstick.api;

import dev.yardstick.analysis.SeriesPoint;
import java.util.List;
import java.util.Locale;

/**
 * A small trend drawn on the server: the SVG polyline points of a series scaled into a box, the
 * oldest value on the left, the highest at the top. One value is a dot in the middle; a flat
 * series a line across the middle.
 */
record Sparkline(String points, double lastX, double lastY) {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;
    private static final double PAD = 3;

    static Sparkline of(List<SeriesPoint> series) {
        if (series.isEmpty()) {
            return new Sparkline("", -1, -1);
        }
        double min = series.stream().mapToDouble(SeriesPoint::value).min().orElseThrow();
        double max = series.stream().mapToDouble(SeriesPoint::value).max().orElseThrow();
        StringBuilder points = new StringBuilder();
        double x = 0;
        double y = 0;
        for (int i = 0; i < series.size(); i++) {
            x = series.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (series.size() - 1);
            y = max == min ? HEIGHT / 2.0 : PAD + (max - series.get(i).value()) * (HEIGHT - 2 * PAD) / (max - min);
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
        }
        return new Sparkline(points.toString(), round(x), round(y));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
