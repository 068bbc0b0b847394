package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** School results are counted by academic year, where the text dates them by a year or a whole release is about them. */
class AcademicYearsTest {

    private static List<Observation> extract(String text) {
        return Sentences.fromText("testshire", text);
    }

    @Test
    void aSchoolResultsReleaseReportsAcademicYearsThroughout() {
        List<Observation> found = extract("Testshire pupils are top of the class\nKey stage 2 results show improvements\n"
                + "News release, 12 December 2019\n"
                + "Overall, 81% of pupils reached the expected standard in reading, writing and maths, up from 77% last year.\n");

        assertThat(found).extracting(o -> o.quantity().value() + " " + o.period().start() + ".." + o.period().end())
                .containsExactly("81.0 2018-09-01..2019-08-31", "77.0 2017-09-01..2018-08-31");
    }

    @Test
    void anUpdateTableThatMentionsResultsInOneRowKeepsTheReportsPeriods() {
        List<Observation> found = extract("Council Plan update, Quarter 3 2019/20\n"
                + "Key Accountability\tDirector\tQuarter 3 2019/20 Update\n"
                + "Raise attainment\tDirector of Children's Services\tKey stage 2 results improved: 81% reached the expected standard.\n");

        assertThat(found).extracting(o -> o.quantity().value() + " " + o.period().label()).containsExactly("81.0 Q3 2019/20");
    }
}
