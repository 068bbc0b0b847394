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

    /** Results come out in July: a period ending in July or later has that summer's results. */
    private static final int RESULTS_MONTH = Month.JULY.getValue();
    /** Longer than a year is a span of years ("between 2009 and 2012"), which stays as written. */
    private static final int LONGEST_YEAR_DAYS = 366;

    /** The observation with its period the academic year it names where it measures school results, else itself. */
    static Observation of(Observation o) {
        ReportingPeriod p = o.period();
        if (p == null || !(isCalendarYear(p) || inOneSummer(p)) || !Cues.SCHOOL_RESULTS.in(o.sentence())) {
            return o;
        }
        return in(o, p.end().getYear());
    }

    /**
     * A release of school results ("Key stage 2 results show improvements", its opening says) reports
     * academic years throughout: a value the text dates by the release's own period, or by a year
     * before it, is of the academic year whose summer that period holds or last passed.
     */
    static java.util.List<Observation> ofRelease(dev.yardstick.document.UpdateDocument document, java.util.List<Observation> all) {
        if (!isResultsRelease(document)) {
            all.replaceAll(AcademicYears::of);
            return all;
        }
        all.replaceAll(o -> {
            ReportingPeriod p = o.period();
            if (p == null || p.start().equals(p.end()) || p.lengthInDays() > LONGEST_YEAR_DAYS || isAcademicYear(p)) {
                return o;
            }
            return isCalendarYear(p) || inOneSummer(p) ? in(o, p.end().getYear())
                    : in(o, p.end().getMonthValue() >= RESULTS_MONTH ? p.end().getYear() : p.end().getYear() - 1);
        });
        return all;
    }

    /**
     * Its title speaks of school results, or, for a release with no table (its text one row without
     * a name), its headline or standfirst does. An update table's rows may mention results among
     * much else, so their cells do not count.
     */
    private static boolean isResultsRelease(dev.yardstick.document.UpdateDocument document) {
        StringBuilder opening = new StringBuilder(String.join(" ", document.notes()));
        if (!document.rows().isEmpty() && document.rows().get(0).accountability().isBlank()) {
            java.util.List<String> paragraphs = document.rows().get(0).paragraphs();
            paragraphs.stream().limit(2).forEach(p -> opening.append(' ').append(p));
        }
        return Cues.SCHOOL_RESULTS.in(opening.toString());
    }

    private static Observation in(Observation o, int summer) {
        ReportingPeriod year = ReportingPeriod.between(LocalDate.of(summer - 1, 9, 1), LocalDate.of(summer, 8, 31));
        return new Observation(o.quantity(), o.kind(), o.scope(), year, o.sentence(), o.heading(), o.provenance(),
                o.derivation(), o.label());
    }

    private static boolean isAcademicYear(ReportingPeriod p) {
        return p.start().getMonth() == Month.SEPTEMBER && p.start().getDayOfMonth() == 1 && p.end().getMonth() == Month.AUGUST
                && p.end().getDayOfMonth() == 31;
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
