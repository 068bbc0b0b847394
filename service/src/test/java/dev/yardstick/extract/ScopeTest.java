package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose value each number is: the council's own, a comparator or a breakdown. */
class ScopeTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our rate went from 103 to 107, well above the national average of 59 and the statistical neighbour average of 88. | 107  | OWN
            Our rate went from 103 to 107, well above the national average of 59 and the statistical neighbour average of 88. | 59   | ENGLAND
            Our rate went from 103 to 107, well above the national average of 59 and the statistical neighbour average of 88. | 88   | NEIGHBOURS
            Adults who are physically active were 65.6%, against a median of 58.9% for metropolitan boroughs. | 58.9 | NEIGHBOURS
            We decided 99.7% of applications on time, against an English median of 88.2%.                       | 88.2 | ENGLAND
            The Scottish median for those three years was 7.30, 6.50 and 6.34 days.                             | 6.34 | ENGLAND
            Our cost per pupil was £5,012, below the Scottish median of £5,280.                                  | 5280 | ENGLAND
            Direct payments: 27.4% of service users (26.4% at 31st March 2016; England 28.1%).                                | 28.1 | ENGLAND
            Collection reached 95.8% against a Scotland average of 96.0%.                                                      | 96.0 | ENGLAND
            Sickness was 10.2 days per employee, above the all-Wales average of 9.8 days.                                      | 9.8  | ENGLAND
            White British children were 62.7% of those on a plan, compared with 57.6% in the School Census.                    | 57.6 | OTHER
            That compares poorly with the regional average of 65.7% and the national figure of 58.6%.                          | 65.7 | REGION
            Take-up was 52% in the least deprived quintile but only 37% in quintile 5.                                         | 37   | SUBGROUP
            Calls answered in time rose to 83.8%, slightly below the overall BCU average of 84.96%.                            | 84.96 | REGION
            Younger people were least likely to attend: 35% of 40-44 year olds.                                                | 35   | SUBGROUP
            Adults with learning disabilities in paid work: 4.5%, down from 4.8% and below the England average of 5.8%.        | 4.8  | OWN
            While England's rate rose, ours fell to 25.3 per 1,000.                                                            | 25.3 | OWN
            Successful funding from the Arts Council England (£30,000) was secured.                                            | 30000 | OWN
            With the England average at 43% in 2016/17, we remain in the top quartile of authorities.                          | 1    | OWN
            Over the year 1,480 jobs were created, of which 572 were within the Enterprise Zone and 12 in social enterprises.   | 1480 | OWN
            Over the year 1,480 jobs were created, of which 572 were within the Enterprise Zone and 12 in social enterprises.   | 572  | SUBGROUP
            Over the year 1,480 jobs were created, of which 572 were within the Enterprise Zone and 12 in social enterprises.   | 12   | SUBGROUP
            Capital spending totalled £47.2m, including over £24.5m on highways, roads and facilities.                         | 24500000 | SUBGROUP
            We rehoused 312 families, up from 280 in the same quarter last year.                                               | 280  | OWN
            The figure of 23.4 is below the North East average (25.1) and our CIPFA nearest neighbours (24.0).                 | 23.4 | OWN
            The figure of 23.4 is below the North East average (25.1) and our CIPFA nearest neighbours (24.0).                 | 25.1 | REGION
            Our rate of 91% is in line with the England average of 91.2%.                                                      | 91   | OWN
            """)
    void readsWhoseValueEachNumberIs(String sentence, double value, Scope scope) {
        List<Observation> all = Sentences.extract(sentence);
        assertThat(all).filteredOn(o -> o.quantity().value() == value)
                .as("%s in %s", value, all.stream().map(o -> o.quantity().text() + ":" + o.scope()).toList())
                .isNotEmpty().allSatisfy(o -> assertThat(o.scope()).isEqualTo(scope));
    }

    @org.junit.jupiter.api.Test
    void aTailLeftUnsearchedForItsNextSubjectHoldsNone() {
        List<String> lines = new java.util.ArrayList<>(List.of("AND Or WITH Which WHO where, sandor, Wh, aNd", "ＡＮＤ \u212Aand"));
        lines.addAll(dev.yardstick.CorpusLines.all());
        for (String line : lines) {
            for (int from = 0; from < line.length(); from++) {
                int to = Math.min(line.length(), from + 30); // the reach of a value's tail
                if (ScopeReader.NEXT_SUBJECT.matcher(line).region(from, to).find()) {
                    assertThat(ScopeReader.mayNameNextSubject(line, from, to)).as(line + " from " + from).isTrue();
                }
            }
        }
    }
}
