package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** InfluxQL quoting in exact strings, what a real influxd makes of it, and that every statement is built by it. */
class InfluxQlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "lbbd|'lbbd'",
            "O'Brien|'O\\'Brien'",
            "back\\slash|'back\\\\slash'",
            "say \"hi\"|'say \"hi\"'",
            "`' OR ''='`|'\\' OR \\'\\'=\\''"})
    void literalEscapesItsQuoteAndBackslash(String value, String quoted) {
        assertThat(InfluxQl.literal(value)).isEqualTo(quoted);
    }

    @Test
    void literalEscapesANewlineTheScannerWouldRefuse() {
        assertThat(InfluxQl.literal("a\nb")).isEqualTo("'a\\nb'");
        assertThat(InfluxQl.identifier("a\nb")).isEqualTo("\"a\\nb\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "observation|\"observation\"",
            "my db|\"my db\"",
            "say \"hi\"|\"say \\\"hi\\\"\"",
            "O'Brien|\"O'Brien\"",
            "back\\slash|\"back\\\\slash\""})
    void identifierEscapesItsQuoteAndBackslash(String name, String quoted) {
        assertThat(InfluxQl.identifier(name)).isEqualTo(quoted);
    }

    @Test
    void statementsQuoteEveryNameAndValue() {
        assertThat(InfluxQl.select("observation", List.of("value", "sentence"), InfluxQl.and(InfluxQl.is("organisation", "lbbd"),
                InfluxQl.isNot("indicator", "_candidate"))))
                .isEqualTo("SELECT \"value\", \"sentence\" FROM \"observation\" WHERE \"organisation\" = 'lbbd' AND \"indicator\" != '_candidate'");
        assertThat(InfluxQl.groupBy(InfluxQl.select("indicator_value", List.of()), List.of("indicator", "theme")))
                .isEqualTo("SELECT * FROM \"indicator_value\" GROUP BY \"indicator\", \"theme\"");
        assertThat(InfluxQl.delete("observation", InfluxQl.and(InfluxQl.is("organisation", "x'y"), InfluxQl.timeBetweenMillis(5, 6))))
                .isEqualTo("DELETE FROM \"observation\" WHERE \"organisation\" = 'x\\'y' AND time >= 5ms AND time < 6ms");
        assertThat(InfluxQl.dropSeries("indicator_status", InfluxQl.anyOf(List.of(InfluxQl.is("a", "1"), InfluxQl.is("b", "2")))))
                .isEqualTo("DROP SERIES FROM \"indicator_status\" WHERE (\"a\" = '1' OR \"b\" = '2')");
        assertThat(InfluxQl.and(InfluxQl.timeFrom(LocalDate.of(2019, 4, 1)), InfluxQl.timeBefore(LocalDate.of(2019, 7, 1))))
                .isEqualTo("time >= '2019-04-01T00:00:00Z' AND time < '2019-07-01T00:00:00Z'");
        assertThat(InfluxQl.showTagValues("observation", "indicator", InfluxQl.is("provisional", "true")))
                .isEqualTo("SHOW TAG VALUES FROM \"observation\" WITH KEY = \"indicator\" WHERE \"provisional\" = 'true'");
        assertThat(InfluxQl.createDefaultRetentionPolicy("forever", "a\"b", "520w"))
                .isEqualTo("CREATE RETENTION POLICY \"forever\" ON \"a\\\"b\" DURATION INF REPLICATION 1 SHARD DURATION 520w DEFAULT");
        assertThat(InfluxQl.createDatabase("y", "autogen", "520w"))
                .isEqualTo("CREATE DATABASE \"y\" WITH DURATION INF REPLICATION 1 SHARD DURATION 520w NAME \"autogen\"");
    }

    /** influxd reads back exactly the value quoted: a quote, backslash or newline cannot end the literal early. */
    @Test
    void influxdFindsExactlyTheQuotedValue() {
        List<String> values = List.of("O'Brien", "back\\slash", "' OR ''='", "two\nlines", "say \"hi\"");
        try (InfluxServer influx = InfluxServer.start(); InfluxStore store = new InfluxStore(influx.settings("quoting"));
             InfluxGateway gateway = new InfluxGateway(influx.settings("quoting"), Duration.ofSeconds(10), null)) {
            store.ensureDatabase();
            List<PointRecord> points = new java.util.ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                points.add(PointRecord.at("observation", (i + 1) * 1_000_000L).tag("organisation", "o" + i).field("text", values.get(i)).build());
            }
            gateway.write(points, "quoted values");
            for (String value : values) {
                List<ResultRows.Row> rows = gateway.query(InfluxQl.select("observation", List.of("text"), InfluxQl.is("text", value)),
                        "find a value").get(0).rows();
                assertThat(rows).as("rows for %s", value).singleElement().satisfies(r -> assertThat(r.text("text")).isEqualTo(value));
            }
        }
    }

    /** No InfluxQL is concatenated by hand in the store: every statement keyword appears only in the builder. */
    @Test
    void everyStatementIsBuiltByTheBuilder() throws IOException {
        Pattern statement = Pattern.compile("\"(SELECT|DELETE|DROP|SHOW|CREATE|ALTER|GRANT) ");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/yardstick/store"))) {
            List<String> offenders = files.filter(f -> !f.getFileName().toString().equals("InfluxQl.java"))
                    .filter(f -> {
                        try {
                            return statement.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(f -> f.getFileName().toString()).toList();
            assertThat(offenders).as("store classes writing InfluxQL by hand").isEmpty();
        }
    }
}
