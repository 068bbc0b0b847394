package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.MatchedObservation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Scores extraction against the hand-written gold file beside each seed document: precision and
 * recall of the points matched to indicators (indicator, value, kind and period must all agree),
 * and that no number the gold file lists as "not a point" becomes an observation.
 */
class GoldFileTest {

    /** Floors a little below the scores measured when the gold files were written; raise them as extraction improves. */
    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_RECALL = 0.90;

    private record Point(String indicator, double value, Kind kind, LocalDate start, LocalDate end) {
        boolean matches(MatchedObservation m) {
            Observation o = m.observation();
            return indicator.equals(m.indicatorId()) && Math.abs(o.quantity().value() - value) <= 1e-6 * Math.max(1, Math.abs(value))
                    && o.kind() == kind && o.period().start().equals(start) && o.period().end().equals(end);
        }

        @Override
        public String toString() {
            return indicator + " " + value + " " + kind.id() + " " + start + ".." + end;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lbbd-2017-18-q2", "lbbd-2019-20-q2"})
    void extractionMeetsGoldFile(String name) {
        JsonNode gold = YAMLMapper.builder().build().readTree(SeedData.dir().resolve(Path.of("gold", name + ".gold.yaml")).toFile());
        List<Point> expected = new ArrayList<>();
        for (JsonNode p : gold.get("points")) {
            expected.add(new Point(p.get("indicator").asString(), p.get("value").asDouble(),
                    Kind.valueOf(p.get("kind").asString().toUpperCase(Locale.ROOT)),
                    LocalDate.parse(p.get("start").asString()), LocalDate.parse(p.get("end").asString())));
        }
        List<MatchedObservation> all = SeedData.observations(gold.get("document").asString());
        List<MatchedObservation> matched = all.stream().filter(m -> !m.isCandidate()).toList();

        List<Point> missed = expected.stream().filter(p -> matched.stream().noneMatch(p::matches)).toList();
        List<MatchedObservation> wrong = matched.stream().filter(m -> expected.stream().noneMatch(p -> p.matches(m))).toList();
        double recall = (expected.size() - missed.size()) / (double) expected.size();
        double precision = (matched.size() - wrong.size()) / (double) matched.size();

        System.out.printf(Locale.ROOT, "%s: precision %.3f (%d/%d matched points correct), recall %.3f (%d/%d gold points found), %d candidates%n",
                name, precision, matched.size() - wrong.size(), matched.size(), recall, expected.size() - missed.size(),
                expected.size(), all.size() - matched.size());
        missed.forEach(p -> System.out.println("  missed: " + p));
        wrong.forEach(m -> System.out.println("  wrong:  " + m.indicatorId() + " " + m.observation().quantity().value() + " "
                + m.observation().kind().id() + " " + m.observation().period() + " <- '" + m.observation().quantity().text() + "'"));

        List<String> leaked = new ArrayList<>();
        for (JsonNode f : gold.get("not_points")) {
            String fragment = f.asString();
            for (MatchedObservation m : all) {
                Observation o = m.observation();
                int at = o.sentence().indexOf(fragment);
                if (at >= 0 && o.quantity().start() >= at && o.quantity().end() <= at + fragment.length()) {
                    leaked.add("'" + o.quantity().text() + "' in '" + fragment + "'");
                }
            }
        }
        assertThat(leaked).as("numbers that must not become observations").isEmpty();
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
