package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.document.UpdateDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tag values in exact line protocol, as influxdb-client-java's PointTest checks them, and what a
 * real influxd stores for them: no value can end the line, forge a point or shift a field.
 */
class LineProtocolTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    static Stream<Arguments> tagValues() {
        return Stream.of(
                Arguments.of("lbbd", "observation,organisation=lbbd value=1.0 1000000"),
                Arguments.of("a b", "observation,organisation=a\\ b value=1.0 1000000"),
                Arguments.of("a,b", "observation,organisation=a\\,b value=1.0 1000000"),
                Arguments.of("a=b", "observation,organisation=a\\=b value=1.0 1000000"),
                Arguments.of("x\ndocument,organisation=y report=\"1\"", "observation,organisation=x\\ document\\,organisation\\=y\\ report\\=\"1\" value=1.0 1000000"),
                Arguments.of("x\r\ny", "observation,organisation=x\\ \\ y value=1.0 1000000"),
                Arguments.of("tab\there", "observation,organisation=tab\\ here value=1.0 1000000"),
                Arguments.of("a\\", "observation,organisation=a\uFF3C value=1.0 1000000"),
                Arguments.of("a\\ b", "observation,organisation=a\uFF3C\\ b value=1.0 1000000"),
                Arguments.of("a\\,b", "observation,organisation=a\uFF3C\\,b value=1.0 1000000"),
                Arguments.of("nul\u0000del\u007fc1\u0085", "observation,organisation=nul\\ del\\ c1\\  value=1.0 1000000"),
                Arguments.of("\"quoted\"", "observation,organisation=\"quoted\" value=1.0 1000000"),
                Arguments.of("Chief Exec's", "observation,organisation=Chief\\ Exec's value=1.0 1000000"),
                Arguments.of("\n\r\t", "observation value=1.0 1000000"),
                Arguments.of("", "observation value=1.0 1000000"));
    }

    @ParameterizedTest
    @MethodSource("tagValues")
    void tagValueIsWrittenAsLineProtocolCanCarryIt(String value, String line) {
        PointRecord point = PointRecord.at("observation", 1_000_000).tag("organisation", value).field("value", 1.0).build();
        assertThat(LineProtocol.line(point)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\", "x\ny", "a\\ b", "\u0000", "plain", "a,b=c d", "\uFF3C"})
    void escapingTwiceChangesNothing(String value) {
        assertThat(LineProtocol.tagValue(LineProtocol.tagValue(value))).isEqualTo(LineProtocol.tagValue(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"observation,x", "Observation", "a b", "a\nb", "", "9lives", "_private", "a-b", "caf\u00e9", "a="})
    void measurementAndTagKeysMustBePlainNames(String name) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PointRecord.at(name, 0)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PointRecord.at("m", 0).tag(name, "v"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PointRecord.at("m", 0).field(name, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"observation", "indicator_value", "x9", "a_1_b", "z"})
    void plainNamesAreTakenAsTheyAre(String name) {
        assertThat(LineProtocol.line(PointRecord.at(name, 0).tag(name, "v").field(name, 1.0).build()))
                .isEqualTo(name + "," + name + "=v " + name + "=1.0 0");
    }

    @Test
    void influxStoresExactlyTheEscapedValueAndNothingElse() {
        List<String> nasty = tagValues().map(a -> (String) a.get()[0]).filter(v -> !LineProtocol.tagValue(v).isBlank()).toList();
        try (InfluxStore store = new InfluxStore(INFLUX.settings("escaping"));
             InfluxGateway gateway = new InfluxGateway(INFLUX.settings("escaping"), java.time.Duration.ofSeconds(10), null)) {
            store.ensureDatabase();
            List<PointRecord> points = new java.util.ArrayList<>();
            for (int i = 0; i < nasty.size(); i++) {
                points.add(PointRecord.at("observation", (i + 1) * 1_000_000L).tag("organisation", nasty.get(i)).field("value", i).build());
            }
            gateway.write(points, "nasty tags");

            assertThat(store.query("SHOW MEASUREMENTS").toString()).contains("observation").doesNotContain("document");
            List<String> stored = gateway.query("SHOW TAG VALUES FROM \"observation\" WITH KEY = \"organisation\"", "list").get(0).rows()
                    .stream().map(r -> r.text("value")).toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(nasty.stream().map(LineProtocol::tagValue).toList());
            assertThat(store.query("SELECT count(\"value\") FROM \"observation\"").toString()).contains(", " + (double) nasty.size());
        }
    }

    /** Issue 10, problem 2: org=x%0Adocument wrote forged document points before the fix. */
    @Test
    void organisationWithANewlineForgesNoPoint() {
        UpdateDocument real = SeedData.read(SeedData.Q2_2017_18);
        UpdateDocument forged = new UpdateDocument(real.source(), "x\ndocument,organisation=forged report=\"1\"", real.quarter(), real.rows(), real.issues());
        try (InfluxStore store = new InfluxStore(INFLUX.settings("forged"))) {
            store.ensureDatabase();
            List<dev.yardstick.catalogue.MatchedObservation> observations = SeedData.observations(SeedData.Q2_2017_18);
            store.replaceDocument(forged, observations);

            assertThat(store.documents()).singleElement().satisfies(d -> assertThat(d.organisation()).isEqualTo(LineProtocol.tagValue(forged.organisation())));
            assertThat(store.query("SELECT count(\"value\") FROM \"observation\"").toString()).contains(", " + observations.size() + ".0");
            assertThat(store.query("SHOW MEASUREMENTS").getResults().get(0).getSeries().get(0).getValues().stream().map(r -> (String) r.get(0)))
                    .isSubsetOf(Schema.Document.MEASUREMENT, Schema.Observation.MEASUREMENT, Schema.IndicatorValue.MEASUREMENT);
        }
    }
}
