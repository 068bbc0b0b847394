package dev.yardstick.extract;

import java.util.List;

/**
 * A chart's axis as a text export of it shows: "66% 28% 6% 0% 20% 40% 60% 80% 100%", the bars'
 * values followed by the scale. Four or more values with nothing but spaces between, rising by
 * one step from zero, are the scale's ticks, not measurements; the bars' values before them stay.
 */
final class ChartAxes {

    /** An axis has at least this many ticks: "0% 50% 100%" could be three values. */
    private static final int TICKS = 4;

    private ChartAxes() {
    }

    static void drop(String s, List<Found> found) {
        for (int start = 0; start + TICKS <= found.size(); start++) {
            Quantity first = found.get(start).quantity();
            if (first.value() != 0 || first.isChange()) {
                continue;
            }
            double step = found.get(start + 1).quantity().value();
            int end = start + 1;
            while (end < found.size() && tick(s, found.get(end - 1).quantity(), found.get(end).quantity(), step)) {
                end++;
            }
            if (step > 0 && end - start >= TICKS) {
                found.subList(start, end).clear();
                return;
            }
        }
    }

    private static boolean tick(String s, Quantity before, Quantity q, double step) {
        return q.unit().measure() == before.unit().measure() && Math.abs(q.value() - before.value() - step) < 1e-9
                && s.substring(before.end(), q.start()).isBlank();
    }
}
