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

    @Test
    void aReleaseDatedOnlyByTheYearItComparesWithReportsTheSchoolYearAfterIt() {
        List<Observation> found = extract("Testshire pupils are top of the class\nSATS results show pupils' performance improving\n"
                + "Overall, 81% of 10 and 11 year olds reached level 4 or above in reading, writing and maths.\n"
                + "That is 4% up on 2013 and better than the 79% reaching that level nationally.\n"
                + "In writing, 88% reached the expected level.\n");

        assertThat(found).filteredOn(o -> o.kind() == Kind.ACTUAL)
                .extracting(o -> o.quantity().value() + " " + o.period().start() + ".." + o.period().end())
                .contains("81.0 2013-09-01..2014-08-31");
    }

    @Test
    void aReportThatSpeaksOfExpectedLevelsIsNoSchoolResultsRelease() {
        List<Observation> found = extract("2015-16 End of Year Performance Report\nSummary\n"
                + "This report picks out the indicators performing well below expected levels.\n"
                + "Targets were set for 36 of them, and 75 per cent of those targets were met.\n");

        assertThat(found).extracting(o -> o.period().label()).doesNotContain("2014-09-01..2015-08-31", "2015-09-01..2016-08-31");
    }
}
