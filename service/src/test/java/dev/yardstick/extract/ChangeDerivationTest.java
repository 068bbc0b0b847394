package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule for stated changes: a % change of a percentage is percentage points; a % change of
 * anything else is relative; a change in points or in the level's own unit is absolute.
 */
class ChangeDerivationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            91% of schools are good or better, up 6% from a year ago.                    | 85     | 2018-07-01
            The recycling rate is 31.5%, down 2 percentage points from a year ago.        | 33.5   | 2018-07-01
            Our rate dropped by 4% between Q1 and Q2 to 27.1 per 1000 women.              | 28.2   | 2019-04-01
            We received 1,200 complaints, up 12% on the same quarter last year.           | 1071   | 2018-07-01
            Arrears rose by 5% to £2.1m compared with last quarter.                      | 2000000 | 2019-04-01
            Licences issued increased by 200 to 1,165 since the previous quarter.         | 965    | 2019-04-01
            Six KPIs are rated red this quarter, two more than in Quarter 1.              | 4      | 2019-04-01
            We received 212 complaints, 18 fewer than in 2018/19.                        | 230    | 2018-04-01
            We received 212 complaints, 18 (7.8%) fewer than in 2018/19.                 | 230    | 2018-04-01
            Since 2018/19 waits have grown: callers now wait 31 seconds (5 seconds longer). | 26  | 2018-04-01
            Compared with 2018/19, more bins were emptied: 4,200 a week (300 more).        | 3900   | 2018-04-01
            We rehoused 771 households, a 27% increase on 2018/19.                       | 607    | 2018-04-01
            Support was given to 474 households, 34 more households than in 2018/19.     | 440    | 2018-04-01
            Collection stood at 83.9%, 0.4 percentage points below the same point last year. | 84.3 | 2018-07-01
            Leisure centres recorded 1.7 million visits, 8% up on the year before.           | 1574074.1 | 2018-07-01
            Money advice reached 1,094 tenants, 15% more than two years earlier.           | 951    | 2017-07-01
            At the end of August 2019 we had 409 children in care, 4.1% more than at the end of March 2019. | 393 | 2019-03-31
            """)
    void derivesTheEarlierValue(String sentence, double expected, String start) {
        Observation derived = Sentences.extract(sentence).stream().filter(o -> o.kind() == Kind.DERIVED).findFirst().orElseThrow();

        assertThat(derived.quantity().value()).isEqualTo(expected);
        assertThat(derived.period().start()).isEqualTo(LocalDate.parse(start));
        assertThat(derived.derivation()).isNotBlank();
    }

    @Test
    void theSentenceBeforeMayNameWhatTheChangesOfItsParagraphAreCountedFrom() {
        List<Observation> all = Sentences.extract("Compared with 2018/19, the time callers wait has lengthened. "
                + "Callers to the Welsh line now wait 32 seconds on average (1 second longer).");

        assertThat(all).filteredOn(o -> o.kind() == Kind.DERIVED).singleElement().satisfies(d -> {
            assertThat(d.quantity().value()).isEqualTo(31.0);
            assertThat(d.period().start()).isEqualTo(LocalDate.parse("2018-04-01"));
        });
        assertThat(all).extracting(o -> o.quantity().value()).doesNotContain(1.0);
    }

    @Test
    void theValueAChangeIsCountedOnIsTheEarlierSideAndKeepsItsPeriod() {
        List<Observation> all = Sentences.extract("The Council received 1286 homelessness applications, a 15% reduction on the "
                + "1517 applications received in 2018/19.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("1286.0 ACTUAL Q2 2019/20", "1517.0 PRIOR 2018/19");
    }

    @Test
    void aTimeAChangeIsCountedOnIsTheEarlierSideDatedByTheClauseOnIt() {
        List<Observation> weeks = Sentences.extract("On average the Council took 28 weeks to assess applicants, a 17% increase on "
                + "the 24 weeks it took in 2018/19.");
        List<Observation> days = Sentences.extract("Repairs now take an average of 7.2 days, a reduction of more than 40% on the "
                + "12.8 days taken before.");

        assertThat(weeks).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("28.0 ACTUAL Q2 2019/20", "24.0 PRIOR 2018/19");
        assertThat(days).extracting(o -> o.quantity().value() + " " + o.kind())
                .containsExactly("7.2 ACTUAL", "12.8 PRIOR");
    }

    @Test
    void aSpanNamedInTheSingularAfterOnTheIsNoValue() {
        List<Observation> all = Sentences.extract("On the 3 year rolling average for 2014-16 the figure is 25.3%.");

        assertThat(all).extracting(o -> o.quantity().value()).containsExactly(25.3);
    }

    @Test
    void aLevelTheSameAsAnEarlierPeriodsGivesThatPeriodTheSameDerivedValue() {
        List<Observation> quarter = Sentences.extract("The number of children missing from education in Quarter 2 was three, "
                + "the same as the previous quarter.");
        List<Observation> yearEnd = Sentences.extract("At the end of Quarter 2 we had 448 children in care, the same number as at "
                + "the end of Quarter 1.");
        List<Observation> later = Sentences.extract("We had 448 children in care, the same as we expect next quarter.");
        List<Observation> clause = Sentences.extract("Every carer (100%) now receives self-directed support, unchanged on last year.");

        assertThat(quarter).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("3.0 ACTUAL Q2 2019/20", "3.0 DERIVED Q1 2019/20");
        assertThat(yearEnd).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().end())
                .containsExactly("448.0 ACTUAL 2019-09-30", "448.0 DERIVED 2019-06-30");
        assertThat(later).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
        assertThat(clause).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("100.0 ACTUAL Q2 2019/20", "100.0 DERIVED 2018/19");
    }

    @Test
    void aPeriodAChangeIsCountedOnDoesNotDateTheLevel() {
        List<Observation> all = Sentences.extract("We rehoused 771 households, a 27% increase on 2018/19.");

        assertThat(all).filteredOn(o -> o.kind() == Kind.ACTUAL).singleElement()
                .satisfies(o -> assertThat(o.period().label()).isEqualTo("Q2 2019/20"));
    }

    @Test
    void aComparativeInBracketsWithoutABaseIsNeitherALevelNorDerived() {
        List<Observation> all = Sentences.extract("Callers to the Welsh line now wait 32 seconds on average (1 second longer).");

        assertThat(all).extracting(o -> o.quantity().value()).containsExactly(32.0);
    }

    @Test
    void percentChangeOfAPercentageIsReadAsPoints() {
        Observation derived = Sentences.extract("Attendance is 94%, up 3% from a year ago.").stream()
                .filter(o -> o.kind() == Kind.DERIVED).findFirst().orElseThrow();

        assertThat(derived.quantity().value()).isEqualTo(91.0);
        assertThat(derived.derivation()).contains("percentage points");
    }

    @Test
    void percentChangeOfARateIsRelativeAndRounded() {
        Observation derived = Sentences.extract("The rate fell by 4% between Q1 and Q2 to 27.1 per 1000.").stream()
                .filter(o -> o.kind() == Kind.DERIVED).findFirst().orElseThrow();

        assertThat(derived.quantity().value()).isEqualTo(28.2);
        assertThat(derived.quantity().qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(derived.derivation()).contains("27.1 / (1 - 4%)").contains("relative");
    }

    @Test
    void betterMeansLowerWhereLowerIsBetter() {
        String sentence = "The rate is 27.1 per 1000, 15.6% better than the same quarter last year.";
        UpdateRow row = new UpdateRow(3, null, "Theme", "Deliver.", "A Director", List.of(sentence));
        UpdateDocument doc = new UpdateDocument("t.txt", "testshire", Sentences.Q2_2019_20, List.of(row), List.of());

        Observation lowerBetter = new Extractor(level -> PolarityHint.Direction.LOWER_IS_BETTER).extract(doc).stream()
                .filter(o -> o.kind() == Kind.DERIVED).findFirst().orElseThrow();
        Observation higherBetter = new Extractor(level -> PolarityHint.Direction.HIGHER_IS_BETTER).extract(doc).stream()
                .filter(o -> o.kind() == Kind.DERIVED).findFirst().orElseThrow();

        assertThat(lowerBetter.quantity().value()).isEqualTo(32.1);   // 27.1 / (1 - 0.156)
        assertThat(higherBetter.quantity().value()).isEqualTo(23.4);  // 27.1 / (1 + 0.156)
        assertThat(lowerBetter.period().start()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(new Extractor().extract(doc)).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
    }

    @Test
    void noDerivationWithoutAStatedEarlierPeriod() {
        assertThat(Sentences.extract("Collection rose by 3% to 95%.")).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The share overturned on appeal was 12.5%, which is 2.5% above target.                     | 12.5
            In April 189 people were in treatment, 6% below baseline.                                 | 189
            Crime fell by 7.6% this year and hate crime offences by 10%, while 412 cases were closed. | 412
            Employment rose to 61.7%; the region and England grew by 1.2%, 0.5% and 1.3% respectively. | 61.7
            Timeliness slipped by 5% between July and September, with 92% held within timescale.    | 92
            Visits reached 5,200, 4% up on last year.                                                 | 5200
            There were 218 fewer children in care overall, and 412 children on protection plans.      | 412
            By March 1,487 more people had a personal budget than in 2018/19, 9,012 in all.            | 9012
            The new schools are providing 600 more primary school places.                            | 600
            The census put residents in work at 75,800, 5,300 (7.5%) more than in 2001.               | 75800
            """)
    void aChangeStatedInOtherWordsIsNoLevel(String sentence, double level) {
        assertThat(Sentences.extract(sentence)).filteredOn(o -> o.kind() != Kind.DERIVED)
                .extracting(o -> o.quantity().value()).containsExactly(level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Calls made in Welsh rose slightly, by 2%, from 6,764 in 2018/19 to 6,903.             | 6764, 6903
            The council recycled 51% of waste, 1% short of the Welsh Government target of 52%.    | 51, 52
            Absence was 35% short term and 65% long term.                                          | 35, 65
            This quarter 24 (69%) meet or beat their target while 3 (8%) fall just short.          | 24, 69, 3, 8
            """)
    void aChangeSetOffByACommaOrShortOfATargetIsNoLevel(String sentence, String levels) {
        assertThat(Sentences.extract(sentence)).filteredOn(o -> o.kind() != Kind.DERIVED).extracting(o -> o.quantity().value())
                .containsExactlyElementsOf(java.util.Arrays.stream(levels.split(",\\s*")).map(Double::valueOf).toList());
    }
}
