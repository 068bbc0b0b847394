package dev.yardstick.catalogue;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarter ends. UK local-government financial quarters (April-June, July-September,
 * October-December, January-March) end on the same days as calendar quarters, so one rule serves.
 */
public final class Quarters {

    private Quarters() {
    }

    /** The last day of the quarter that contains {@code date}. */
    public static LocalDate endOf(LocalDate date) {
        int lastMonth = ((date.getMonthValue() - 1) / 3) * 3 + 3;
        return date.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Every quarter end from {@code from} to {@code to}, both inclusive. */
    public static List<LocalDate> endsBetween(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate q = endOf(from); !q.isAfter(to); q = endOf(q.plusDays(1))) {
            out.add(q);
        }
        return out;
    }
}
