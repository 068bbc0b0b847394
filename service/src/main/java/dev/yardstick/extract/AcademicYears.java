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

    /**
     * How the document's observations are dated in academic years: throughout, for a release of
     * school results ("Key stage 2 results show improvements", its opening says), where a value the
     * text dates by the release's own period, or by a year before it, is of the academic year whose
     * summer that period holds or last passed; else only where a sentence about results names a
     * calendar year or a summer.
     */
    static java.util.function.UnaryOperator<Observation> of(dev.yardstick.document.UpdateDocument document) {
        return isResultsRelease(document) ? AcademicYears::inRelease : AcademicYears::ofNamedYear;
    }

    private static Observation ofNamedYear(Observation o) {
        ReportingPeriod p = o.period();
        // the cheap test first: the sentence's words were cut up for the sentence just extracted, not this one
        return (p.isCalendarYear() || inOneSummer(p)) && Cues.SCHOOL_RESULTS.mayBeIn(o.sentence()) && Cues.SCHOOL_RESULTS.in(o.sentence())
                ? in(o, p.end().getYear()) : o;
    }

    private static Observation inRelease(Observation o) {
        ReportingPeriod p = o.period();
        if (p.isSingleDay() || p.lengthInDays() > LONGEST_YEAR_DAYS || isAcademicYear(p)) {
            return o;
        }
        boolean namedYear = p.isCalendarYear() || inOneSummer(p);
        return in(o, namedYear || p.end().getMonthValue() >= RESULTS_MONTH ? p.end().getYear() : p.end().getYear() - 1);
    }

    /**
     * Its title speaks of school results, or, for a release with no table (its text one row without
     * a name, or named by its headline), its headline or standfirst does. An update table's rows may mention results among
     * much else, so their cells do not count.
     */
    private static boolean isResultsRelease(dev.yardstick.document.UpdateDocument document) {
        StringBuilder opening = new StringBuilder(String.join(" ", document.notes()));
        dev.yardstick.document.UpdateRow first = document.rows().isEmpty() ? null : document.rows().get(0);
        if (first != null && first.accountability().equals(first.theme())) {
            opening.append(' ').append(first.theme()); // a release's headline read as the heading of its prose
        }
        if (first != null && first.accountability().isBlank()) {
            first.paragraphs().stream().limit(2).forEach(p -> opening.append(' ').append(p));
        }
        return Cues.SCHOOL_RESULTS.in(opening.toString());
    }

    private static Observation in(Observation o, int summer) {
        return o.withPeriod(ReportingPeriod.between(LocalDate.of(summer - 1, 9, 1), LocalDate.of(summer, 8, 31)));
    }

    private static boolean isAcademicYear(ReportingPeriod p) {
        return p.start().getMonth() == Month.SEPTEMBER && p.start().getDayOfMonth() == 1 && p.end().getMonth() == Month.AUGUST
                && p.end().getDayOfMonth() == 31;
    }

    /** "summer 2015", "July 2015": results day falls in the summer holidays. */
    private static boolean inOneSummer(ReportingPeriod p) {
        return p.start().getYear() == p.end().getYear() && p.start().getMonthValue() >= Month.JUNE.getValue()
                && p.end().getMonthValue() <= Month.AUGUST.getValue() && !p.isSingleDay();
    }
}
