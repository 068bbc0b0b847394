package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.time.LocalDate;
import java.time.Month;

/**
 * School results are counted by academic year, 1 September to 31 August. The conventions: "In
 * 2023, 68% reached the expected standard" is the year ending that summer. A result the text
 * dates by a calendar year or by a summer is therefore that academic year; a result dated by a
 * financial year the text names, by the report's period or by a relative phrase keeps that period.
 */
final class AcademicYears {

    private AcademicYears() {
    }

    /** The observation with its period the academic year it names where it measures school results, else itself. */
    static Observation of(Observation o) {
        ReportingPeriod p = o.period();
        if (p == null || !(isCalendarYear(p) || inOneSummer(p)) || !Cues.SCHOOL_RESULTS.in(o.sentence())) {
            return o;
        }
        int summer = p.end().getYear();
        ReportingPeriod year = ReportingPeriod.between(LocalDate.of(summer - 1, 9, 1), LocalDate.of(summer, 8, 31));
        return new Observation(o.quantity(), o.kind(), o.scope(), year, o.sentence(), o.heading(), o.provenance(),
                o.derivation(), o.label());
    }

    private static boolean isCalendarYear(ReportingPeriod p) {
        return p.start().getDayOfYear() == 1 && p.end().equals(p.start().plusYears(1).minusDays(1));
    }

    /** "summer 2015", "July 2015": results day falls in the summer holidays. */
    private static boolean inOneSummer(ReportingPeriod p) {
        return p.start().getYear() == p.end().getYear() && p.start().getMonthValue() >= Month.JUNE.getValue()
                && p.end().getMonthValue() <= Month.AUGUST.getValue() && !p.start().equals(p.end());
    }
}
