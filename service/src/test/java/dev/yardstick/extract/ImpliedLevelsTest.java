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
 * A change counted against a target or a comparator implies that reference's value, and a
 * sentence continuing the one before ("That is ...") counts its changes from that sentence's value.
 */
class ImpliedLevelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The share of decisions overturned on appeal was 12.5%, which is 2.5% above target.           | 10   | OWN     | 2019-04-01 | 2020-03-31
            In 2018/19 we recycled 51% of household waste, 1% short of the Welsh Government target for 2020/21. | 52 | OWN | 2020-04-01 | 2021-03-31
            Our collection rate of 96.1% is 0.6 percentage points below the national average.             | 96.7 | ENGLAND | 2019-07-01 | 2019-09-30
            The employment rate climbed to 80%, 2.5% higher than the regional average.                     | 77.5 | REGION  | 2019-07-01 | 2019-09-30
            """)
    void aChangeCountedAgainstATargetOrAComparatorGivesItsValue(String sentence, double value, Scope scope, String start, String end) {
        Observation derived = Sentences.extract(sentence).stream().filter(o -> o.kind() == Kind.DERIVED).findFirst().orElseThrow();

        assertThat(derived.quantity().value()).isEqualTo(value);
        assertThat(derived.scope()).isEqualTo(scope);
        assertThat(derived.period().start()).isEqualTo(LocalDate.parse(start));
        assertThat(derived.period().end()).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our rate is 77%, 2% points above the national average of 75%.
            Performance was 12%, 2% above the target of 10%.
            """)
    void aReferenceWhoseValueIsStatedImpliesNothingNew(String sentence) {
        assertThat(Sentences.extract(sentence)).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
    }

    @Test
    void aSentenceContinuingTheOneBeforeCountsItsChangeFromThatSentencesValue() {
        List<Observation> all = Sentences.extract("In 2018/19 staff lost an average of 11.67 days to sickness. "
                + "That is 2.24 days fewer than the year before, so performance is improving.");

        assertThat(all).filteredOn(o -> o.kind() == Kind.DERIVED).singleElement().satisfies(d -> {
            assertThat(d.quantity().value()).isEqualTo(13.91);
            assertThat(d.period().label()).isEqualTo("2017/18");
        });
    }

    @Test
    void theSentenceBeforeMayStandOnALineOfItsOwn() {
        UpdateRow row = new UpdateRow(3, null, "Schools", "Raise attainment", "A Director", List.of(
                "At key stage 2, 77% of pupils reached the expected level in reading, writing and maths.",
                "That is 1% point higher than last year and 2% points above the national average."));
        List<Observation> all = new Extractor().extract(
                new UpdateDocument("test.txt", "testshire", Sentences.Q2_2019_20, List.of(row), List.of()));

        assertThat(all).filteredOn(o -> o.kind() == Kind.DERIVED)
                .extracting(o -> o.quantity().value() + " " + o.scope() + " " + o.period().label())
                .containsExactlyInAnyOrder("76.0 OWN Q2 2018/19", "75.0 ENGLAND Q2 2019/20");
        assertThat(all).extracting(o -> o.quantity().value()).doesNotContain(1.0, 2.0);
    }

    @Test
    void aBoundIsNoLevelToCountAChangeFrom() {
        List<Observation> all = Sentences.extract("Attendances fell below nine million in 2018/19 for the first time. "
                + "That was a drop of 5.6% on the year before.");

        assertThat(all).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
    }

    @Test
    void aSentenceOfSeveralValuesLeavesWhatThatMeansUnsaid() {
        List<Observation> all = Sentences.extract("We answered 8,200 calls and 3,100 emails in the quarter. "
                + "That is 5% more than last year.");

        assertThat(all).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
    }
}
