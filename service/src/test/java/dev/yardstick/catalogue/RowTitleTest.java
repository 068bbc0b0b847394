package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.extract.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which first cells of a row are the title of a measure, on what scale, and what their name is. */
class RowTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PI 23: Average time to process Housing Benefit claims (days)            | DURATION | Average time to process Housing Benefit claims
            CE070 Complaints received per 1,000 population                          | RATE     | Complaints received per 1,000 population
            CE072 Complaints upheld or partly upheld as a % of complaints closed    | PERCENT  | Complaints upheld or partly upheld as a % of complaints closed
            BV 012 – Working days lost to sickness absence per FTE                  | DURATION | Working days lost to sickness absence per FTE
            Percentage of fly-tips cleared or assessed within 2 working days        | PERCENT  | Percentage of fly-tips cleared or assessed within 2 working days
            Number of households living in temporary accommodation                 | COUNT    | Number of households living in temporary accommodation
            Total number of corporate complaints reported                           | COUNT    | Total number of corporate complaints reported
            Major applications: average weeks taken to decide                       | DURATION | Major applications: average weeks taken to decide
            FOI requests: number of new requests                                    | COUNT    | FOI requests: number of new requests
            CH8 Reduce the number of days lost to sickness absence (good is low)    | DURATION | Reduce the number of days lost to sickness absence
            """)
    void aMeasuresTitleGivesItsScaleAndItsNameWithoutCodeOrBracket(String cell, Measure measure, String name) {
        RowTitle title = RowTitle.of(cell);

        assertThat(title).isNotNull();
        assertThat(title.measure()).isEqualTo(measure);
        assertThat(title.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Homelessness",
        "Allocated social workers",
        "Increase the number of young people in apprenticeships",
        "Reduce the percentage of household waste sent to landfill",
        "Deliver the Improvement Plan and manage its risks.",
        "NI 192 – Household waste reused, recycled and composted",
        ""})
    void aTopicACommitmentOrATitleWithoutAScaleIsNoMeasuresTitle(String cell) {
        assertThat(RowTitle.of(cell)).isNull();
    }

    @Test
    void aPhraseIsCoveredWhenTheTitleHasEveryWordThatSaysWhatItMeasures() {
        RowTitle title = RowTitle.of("PI 24: Average time to process Housing Benefit changes of circumstances (days)");

        assertThat(title.covers("changes of circumstances")).isTrue();
        assertThat(title.covers("days were lost to swine flu")).isFalse();
    }
}
