package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Kind;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Provenance;
import dev.yardstick.extract.Qualifier;
import dev.yardstick.extract.Quantity;
import dev.yardstick.extract.Unit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationPointsTest {

    private static final UpdateDocument DOC = new UpdateDocument("lbbd-2019-20-q2.txt", "lbbd", new FinancialQuarter(2019, 2), List.of(), List.of());

    @Test
    void writesOneLineProtocolPointPerObservationAtPeriodEnd() {
        Observation o = new Observation(new Quantity(7000, Unit.count("applications"), Qualifier.OVER, "over 7000 applications", 16, 38, null),
                Kind.ACTUAL, dev.yardstick.extract.Scope.OWN, new FinancialQuarter(2019, 2).period(), "There have been over 7000 applications received, \"so far\".", "",
                new Provenance("lbbd-2019-20-q2.txt", "lbbd", 42, "Enforcement and Community Safety", "Develop a scheme.", "Fiona Taylor", false), null);

        PointRecord point = ObservationPoints.of(DOC, List.of(new MatchedObservation(null, o))).get(0);
        String line = LineProtocol.line(point);

        // 2019-09-30T00:00:00Z plus 77 quarters since April 2000 x 1000 ms plus position 1
        assertThat(line).isEqualTo("observation,director=Fiona\\ Taylor,indicator=_candidate,kind=actual,organisation=lbbd,"
                + "scope=own,theme=Enforcement\\ and\\ Community\\ Safety "
                + "accountability=\"Develop a scheme.\",derivation=\"\",measure=\"count\",period_end=\"2019-09-30\",period_start=\"2019-07-01\","
                + "qualifier=\"over\",report=\"2019-20-Q2\",row=42.0,sentence=\"There have been over 7000 applications received, \\\"so far\\\".\","
                + "sentence_short=\"There have been over 7000 applications received, \\\"so far\\\".\","
                + "seq=1.0,source=\"lbbd-2019-20-q2.txt\",text=\"over 7000 applications\",unit=\"applications\",value=7000.0 1569801677001000");
    }

    @Test
    void provisionalIndicatorIsTaggedAndCataloguedOneIsNot() {
        Observation o = new Observation(new Quantity(7000, Unit.count("applications"), Qualifier.OVER, "over 7000 applications", 16, 38, null),
                Kind.ACTUAL, dev.yardstick.extract.Scope.OWN, new FinancialQuarter(2019, 2).period(), "There have been over 7000 applications received.", "",
                new Provenance("lbbd-2019-20-q2.txt", "lbbd", 42, "Theme", "Develop a scheme.", "Fiona Taylor", false), null);
        Indicator provisional = ProvisionalIndicators.fromId("p_application_received_count", "applications").orElseThrow();
        Indicator catalogued = dev.yardstick.SeedData.catalogue().find("licence_applications").orElseThrow();

        List<String> lines = ObservationPoints.of(DOC, List.of(new MatchedObservation(provisional, o), new MatchedObservation(catalogued, o)))
                .stream().map(LineProtocol::line).toList();

        assertThat(lines.get(0)).startsWith("observation,director=Fiona\\ Taylor,indicator=p_application_received_count,kind=actual,"
                + "organisation=lbbd,provisional=true,scope=own,theme=Theme ");
        assertThat(lines.get(1)).contains("indicator=licence_applications,").doesNotContain("provisional");
    }

    @Test
    void neverWritesBlankTags() {
        Observation o = new Observation(new Quantity(1, Unit.PERCENT, Qualifier.EXACT, "1%", 0, 2, null), Kind.ACTUAL, dev.yardstick.extract.Scope.OWN,
                ReportingPeriod.day(LocalDate.of(2019, 8, 1)), "1%", "", new Provenance("s", "lbbd", 1, "", "A.", " ", false), null);

        PointRecord point = ObservationPoints.of(DOC, List.of(new MatchedObservation(null, o))).get(0);
        String line = LineProtocol.line(point);

        assertThat(line).doesNotContain("theme=").doesNotContain("director=");
    }

    @Test
    void offsetsKeepUpdatesApartWithinTheDay() {
        assertThat(ObservationPoints.offsetMillis(new FinancialQuarter(2017, 2), 1)).isEqualTo(69_001);
        assertThat(ObservationPoints.offsetMillis(new FinancialQuarter(2019, 2), 1)).isEqualTo(77_001);
        assertThat(ObservationPoints.offsetMillis(new FinancialQuarter(2199, 4), 999)).isLessThan(86_400_000);
    }

    @Test
    void reportTagIsTheQuarter() {
        assertThat(ObservationPoints.reportOf(new FinancialQuarter(2017, 2))).isEqualTo("2017-18-Q2");
        assertThat(ObservationPoints.reportOf(new FinancialQuarter(1999, 4))).isEqualTo("1999-00-Q4");
    }
}
