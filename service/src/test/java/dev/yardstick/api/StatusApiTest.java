package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Both seeds and the project's targets in a real influxd: the status series and the status API for the headline indicators. */
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class StatusApiTest {

    private static final String TOKEN = "status-token";
    private static final InfluxServer INFLUX = InfluxServer.start();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2019-12-15T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    InfluxStore store;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "status");
        registry.add("yardstick.targets.file", () -> SeedData.dir().resolve("targets.yaml").toString());
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @BeforeEach
    void ingestBothSeeds() throws Exception {
        for (String name : List.of(SeedData.Q2_2017_18, SeedData.Q2_2019_20)) {
            mvc.perform(post("/api/documents").param("org", "lbbd").param("source", name).header("Authorization", "Bearer " + TOKEN)
                    .contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(name))).andExpect(status().isCreated());
        }
    }

    @Test
    void headlineIndicatorsHaveATargetAStatusAndAReasonInWords() throws Exception {
        mvc.perform(get("/api/status").param("org", "lbbd"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.indicator == 'teen_pregnancy_rate')].rag").value(hasItem("green")))
                .andExpect(jsonPath("$[?(@.indicator == 'teen_pregnancy_rate')].value").value(hasItem(27.1)))
                .andExpect(jsonPath("$[?(@.indicator == 'teen_pregnancy_rate')].direction").value(hasItem("improving")))
                .andExpect(jsonPath("$[?(@.indicator == 'neet_quintile')].rag").value(hasItem("amber")))
                .andExpect(jsonPath("$[?(@.indicator == 'schools_good_or_better')].rag").value(hasItem("amber")))
                .andExpect(jsonPath("$[?(@.indicator == 'schools_good_or_better')].target").value(hasItem(100.0)))
                .andExpect(jsonPath("$[?(@.indicator == 'lottery_ticket_sales')].rag").value(hasItem("red")))
                .andExpect(jsonPath("$[?(@.indicator == 'licence_applications')].rag").value(hasItem("green")))
                .andExpect(jsonPath("$[?(@.indicator == 'lottery_ticket_sales')].summary").value(hasItem(
                        "Local lottery ticket sales 650 tickets per week is 100 below the target of 750 (red beyond \u00b175)")));

        mvc.perform(get("/api/status").param("org", "lbbd").param("rag", "red"))
                .andExpect(jsonPath("$[*].rag").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("red"))));
        mvc.perform(get("/api/alerts").param("org", "lbbd"))
                .andExpect(jsonPath("$[?(@.indicator == 'lottery_ticket_sales')].reasons[0]").value(hasItem(containsString("red beyond"))));
    }

    /** Issue 13: the list said higher_better, the detail LOWER_BETTER. */
    @Test
    void indicatorListAndDetailSpellPolarityAndMeasureAlike() throws Exception {
        mvc.perform(get("/api/indicators"))
                .andExpect(jsonPath("$[?(@.id == 'neet_quintile')].polarity").value(hasItem("lower_better")))
                .andExpect(jsonPath("$[?(@.id == 'neet_quintile')].measure").value(hasItem("rank")));
        mvc.perform(get("/api/indicators/neet_quintile"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.polarity").value("lower_better"))
                .andExpect(jsonPath("$.measure").value("rank"))
                .andExpect(jsonPath("$.cues").isArray())
                .andExpect(jsonPath("$.latest[0].organisation").value("lbbd"));
    }

    /** Issue 13: gaps came out as -0.8999999999999986; numbers read as the figures they are. */
    @Test
    void jsonNumbersCarryNoFloatingPointNoise() throws Exception {
        String body = mvc.perform(get("/api/status").param("org", "lbbd")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        java.util.regex.Matcher number = java.util.regex.Pattern.compile("[:\\[,](-?\\d+\\.\\d+)(?=[,}\\]])").matcher(body);
        int numbers = 0;
        while (number.find()) {
            String digits = number.group(1).replaceAll("[-.]", "").replaceAll("^0+", "");
            assertThat(digits.length()).as("significant digits of %s", number.group(1)).isLessThanOrEqualTo(12);
            numbers++;
        }
        assertThat(numbers).isGreaterThan(20);
        assertThat(body).contains("\"summary\":\"NEET and unknown position").contains("quintile");
        assertThat(dev.yardstick.api.JsonNumbers.text(27.1 - 28)).isEqualTo("-0.9");
        assertThat(dev.yardstick.api.JsonNumbers.text(100)).isEqualTo("100.0");
        assertThat(dev.yardstick.api.JsonNumbers.text(5517000)).isEqualTo("5517000.0");
        assertThat(dev.yardstick.api.JsonNumbers.text(0.000123456789012345)).isEqualTo("0.000123456789012");
    }

    @Test
    void statusSeriesJudgesEachPeriodOnWhatWasKnownThen() {
        var rows = store.query("SELECT \"" + Schema.IndicatorStatus.FIELD_RAG + "\", \"" + Schema.IndicatorStatus.FIELD_TARGET
                        + "\" FROM \"" + Schema.IndicatorStatus.MEASUREMENT + "\" WHERE \"" + Schema.IndicatorStatus.TAG_INDICATOR
                        + "\" = 'teen_pregnancy_rate'").getResults().get(0).getSeries().get(0).getValues();

        // 32.1 (Q2 2016/17, derived) red, 28.2 (Q1 2017/18, derived) amber, 27.1 (Q2 2017/18) green against the 30 -> 24 trajectory
        assertThat(rows).extracting(r -> ((Number) r.get(1)).intValue()).containsExactly(2, 1, 0);
        assertThat(((Number) rows.get(2).get(2)).doubleValue()).isCloseTo(30 - 6.0 * 547 / 1460, org.assertj.core.data.Offset.offset(1e-9));
        var targets = store.query("SELECT count(\"value\") FROM \"" + Schema.IndicatorTarget.MEASUREMENT + "\" WHERE \""
                + Schema.IndicatorTarget.TAG_INDICATOR + "\" = 'teen_pregnancy_rate'").getResults().get(0).getSeries();
        assertThat(((Number) targets.get(0).getValues().get(0).get(1)).intValue()).isGreaterThanOrEqualTo(16);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // changes a target the other tests rely on
    void targetSetThroughTheApiIsValidatedAndReassesses() throws Exception {
        String tight = """
                {"unit": "per 1,000", "tolerance": 0.5, "source": "Cabinet, 2017", "steps": [{"from": "2017-04-01", "to": "2018-03-31", "value": 26}]}""";
        mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd").contentType(MediaType.APPLICATION_JSON).content(tight))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(tight.replace("per 1,000", "%")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/invalid-target"))
                .andExpect(jsonPath("$.detail", containsString("disagrees with the indicator's unit 'per 1,000'")));

        mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(tight))
                .andExpect(status().isOk());

        mvc.perform(get("/api/indicators/teen_pregnancy_rate/status").param("org", "lbbd"))
                .andExpect(jsonPath("$[0].rag").value("red"))
                .andExpect(jsonPath("$[0].target_source").value("Cabinet, 2017"));
        var rag = store.query("SELECT last(\"rag\") FROM \"indicator_status\" WHERE \"indicator\" = 'teen_pregnancy_rate'")
                .getResults().get(0).getSeries().get(0).getValues().get(0).get(1);
        assertThat(((Number) rag).intValue()).isEqualTo(2);
    }
}
