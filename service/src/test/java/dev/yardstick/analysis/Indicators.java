package dev.yardstick.analysis;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.extract.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small fixtures for analysis tests. */
final class Indicators {

    private Indicators() {
    }

    static Indicator of(String id, String name, String unit, Polarity polarity) {
        return new Indicator(id, name, unit, Measure.RATE, polarity, "Theme", List.of("cue"), null, null, null);
    }

    static Indicator teenPregnancy() {
        return of("teen_pregnancy_rate", "Under-18 conception rate", "per 1,000", Polarity.LOWER_BETTER);
    }

    /** Values at consecutive quarter ends, starting with the quarter ending {@code firstQuarterEnd}. */
    static List<SeriesPoint> quarterly(LocalDate firstQuarterEnd, double... values) {
        List<SeriesPoint> out = new ArrayList<>();
        LocalDate d = firstQuarterEnd;
        for (double v : values) {
            out.add(new SeriesPoint(d.withDayOfMonth(1).minusMonths(2), d, v));
            d = dev.yardstick.catalogue.Quarters.endOf(d.plusDays(1));
        }
        return out;
    }
}
