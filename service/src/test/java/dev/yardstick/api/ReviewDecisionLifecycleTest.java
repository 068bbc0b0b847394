package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.catalogue.ReviewDecisions;
import dev.yardstick.ingest.UpdateExtraction;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11's review decisions after they are taken, on a real influxd: an indicator accepted on
 * review takes a target through the API and is assessed against it; its cues claim values of later
 * updates that no catalogue claimed; and a decision is undone, every value it moved going back to
 * where it came from. Before, the target was 404 (only catalogue indicators could have one), a
 * later value landed on the accepted id only when it had the accepted provisional id exactly, and
 * nothing could be undone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewDecisionLifecycleTest {

    private static final String TOKEN = "lifecycle-token";
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UpdateExtraction EXTRACTION = new UpdateExtraction(UpdateExtraction.catalogue(null));

    @Autowired
    MockMvc mvc;

    @Autowired
    InfluxStore store;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "lifecycle");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void anAcceptedIndicatorTakesATargetClaimsLaterValuesByItsCuesAndIsUndone() throws Exception {
        String org = "newtown";
        upload(org, SeedData.Q2_2019_20);
        List<MatchedObservation> first = extracted(org, SeedData.Q2_2019_20);
        List<MatchedObservation> second = extracted(org, SeedData.Q2_2017_18);
        // a provisional indicator of the first update, and a value of the second no catalogue claims, under another name, on its measure
        String accepted = null;
        MatchedObservation claimed = null;
        for (String id : first.stream().filter(MatchedObservation::isProvisional).map(MatchedObservation::indicatorId).distinct().toList()) {
            var measure = ProvisionalIndicators.fromId(id, null).orElseThrow().measure();
            Optional<MatchedObservation> other = second.stream().filter(m -> !m.isCatalogued() && !id.equals(m.indicatorId())
                    && !m.observation().quantity().isChange() && m.observation().quantity().unit().measure() == measure).findFirst();
            if (other.isPresent()) {
                accepted = id;
                claimed = other.get();
                break;
            }
        }
        assertThat(accepted).as("a provisional indicator with a value of its measure in the other update").isNotNull();
        String claimedFrom = claimed.isCandidate() ? ReviewDecisions.candidateKey(claimed.observation().sentence(),
                claimed.observation().quantity().text(), claimed.observation().period().end().toString()) : claimed.indicatorId();
        String cue = cueFrom(claimed.observation().sentence());
        String unit = storedUnit(org, accepted);
        long before = count(org, accepted);

        decide(Map.of("action", "accept", "organisation", org, "subject", accepted, "indicator", "newtown_measure",
                "name", "Newtown measure", "unit", unit, "polarity", "higher_better", "cues", List.of(cue)));
        assertThat(count(org, "newtown_measure")).isEqualTo(before);

        // (a) a target for the accepted indicator, and its status assessed against it
        mvc.perform(withToken(put("/api/indicators/newtown_measure/targets").param("org", org).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("unit", unit, "tolerance", "5%", "source", "test plan",
                        "steps", List.of(Map.of("from", "2010-04-01", "to", "2030-03-31", "value", 50))))))).andExpect(status().isOk());
        JsonNode status = json(mvc.perform(get("/api/indicators/newtown_measure/status").param("org", org)).andExpect(status().isOk()));
        assertThat(status).hasSize(1);
        assertThat(status.get(0).get("target").asDouble()).isEqualTo(50);
        assertThat(status.get(0).get("rag").asString()).isIn("green", "amber", "red");

        // (b) a later update: the value the accepted cues claim lands on the accepted id, remembering where it came from
        upload(org, SeedData.Q2_2017_18);
        List<Map<String, Object>> landed = rows(org, "newtown_measure");
        String sentence = claimed.observation().sentence();
        String text = claimed.observation().quantity().text();
        assertThat(landed).anySatisfy(row -> {
            assertThat(row.get("sentence")).isEqualTo(sentence);
            assertThat(row.get("text")).isEqualTo(text);
            assertThat(row.get("reviewed_from")).isEqualTo(claimedFrom);
        });
        String acceptedId = accepted;
        long acceptedInSecond = second.stream().filter(m -> acceptedId.equals(m.indicatorId())).count();

        // (c) undone: every value back where it came from, the indicator and its target gone
        JsonNode undone = json(mvc.perform(withToken(delete("/api/review/decisions").param("org", org).param("subject", accepted)))
                .andExpect(status().isOk()));
        assertThat(undone.get("values_restored").asInt()).isEqualTo(landed.size());
        assertThat(undone.get("target_removed").asBoolean()).isTrue();
        assertThat(count(org, "newtown_measure")).isZero();
        assertThat(count(org, accepted)).isEqualTo(before + acceptedInSecond);
        String home = claimed.isCandidate() ? "_candidate" : claimedFrom;
        assertThat(rows(org, home)).anySatisfy(row -> {
            assertThat(row.get("sentence")).isEqualTo(sentence);
            assertThat(row.get("text")).isEqualTo(text);
            assertThat(row.get("reviewed_from")).isNull();
        });
        assertThat(json(mvc.perform(get("/api/review/decisions")))).isEmpty();
        assertThat(json(mvc.perform(get("/api/indicators"))).toString()).doesNotContain("newtown_measure");
        mvc.perform(get("/api/indicators/newtown_measure/targets")).andExpect(status().isNotFound());
        assertThat(json(mvc.perform(get("/api/status").param("org", org))).toString()).doesNotContain("newtown_measure");
        assertThat(json(mvc.perform(get("/api/review").param("org", org))).get(0).get("provisional").toString()).contains(accepted);
    }

    @Test
    void aMergeIsUndoneAndARejectedIndicatorsValuesReturnWithTheirUpdate() throws Exception {
        String org = "mergetown";
        upload(org, SeedData.Q2_2019_20);
        List<String> provisional = extracted(org, SeedData.Q2_2019_20).stream().filter(MatchedObservation::isProvisional)
                .map(MatchedObservation::indicatorId).distinct().toList();
        String from = null;
        String into = null;
        for (String a : provisional) {
            for (String b : provisional) {
                if (from == null && !a.equals(b) && ProvisionalIndicators.fromId(a, null).orElseThrow().measure()
                        == ProvisionalIndicators.fromId(b, null).orElseThrow().measure()) {
                    from = a;
                    into = b;
                }
            }
        }
        assertThat(from).as("two provisional indicators on one measure").isNotNull();
        long fromBefore = count(org, from);
        long intoBefore = count(org, into);

        decide(Map.of("action", "merge", "organisation", org, "subject", from, "indicator", into));
        assertThat(count(org, into)).isEqualTo(fromBefore + intoBefore);
        JsonNode undone = json(mvc.perform(withToken(delete("/api/review/decisions").param("org", org).param("subject", from)))
                .andExpect(status().isOk()));
        assertThat(undone.get("values_restored").asLong()).isEqualTo(fromBefore);
        assertThat(count(org, from)).isEqualTo(fromBefore);
        assertThat(count(org, into)).isEqualTo(intoBefore);

        decide(Map.of("action", "reject", "organisation", org, "subject", from));
        assertThat(count(org, from)).isZero();
        mvc.perform(withToken(delete("/api/review/decisions").param("org", org).param("subject", from))).andExpect(status().isOk());
        assertThat(upload(org, SeedData.Q2_2019_20).get("outcome").asString()).isNotEqualTo("unchanged");
        assertThat(count(org, from)).isEqualTo(fromBefore);

        ProblemAssertions.problem(mvc.perform(withToken(delete("/api/review/decisions").param("org", org).param("subject", from))),
                400, "invalid-parameter");
    }

    /** The sentence's opening words: a cue found in it and, as prose goes, hardly anywhere else. */
    private static String cueFrom(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).strip();
        String cut = lower.length() <= 40 ? lower : lower.substring(0, 40);
        int space = cut.lastIndexOf(' ');
        return space > 10 ? cut.substring(0, space) : cut;
    }

    private List<MatchedObservation> extracted(String org, String update) {
        return EXTRACTION.extract(update, org, SeedData.bytes(update)).observations();
    }

    private JsonNode upload(String org, String update) throws Exception {
        return json(mvc.perform(withToken(post("/api/documents").param("org", org).param("source", update)
                .contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(update)))).andExpect(status().isCreated()));
    }

    private void decide(Map<String, Object> decision) throws Exception {
        mvc.perform(withToken(post("/api/review/decisions").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(decision))))
                .andExpect(status().isCreated());
    }

    private static RequestBuilder withToken(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    private static JsonNode json(org.springframework.test.web.servlet.ResultActions answer) throws Exception {
        return JSON.readTree(answer.andReturn().getResponse().getContentAsString());
    }

    private long count(String org, String indicator) {
        return rows(org, indicator).size();
    }

    private String storedUnit(String org, String indicator) {
        return (String) rows(org, indicator).get(0).get("unit");
    }

    /** Every observation point of one organisation and indicator, as column to value. */
    private List<Map<String, Object>> rows(String org, String indicator) {
        var result = store.query("SELECT * FROM observation WHERE organisation = '" + org + "' AND indicator = '" + indicator + "'");
        var series = result.getResults().get(0).getSeries();
        List<Map<String, Object>> out = new ArrayList<>();
        if (series == null) {
            return out;
        }
        for (var s : series) {
            for (List<Object> values : s.getValues()) {
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 0; i < s.getColumns().size(); i++) {
                    row.put(s.getColumns().get(i), values.get(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
