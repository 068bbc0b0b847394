package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A council the catalogue does not know sees its values as provisional indicators, through the API and in InfluxDB. */
@SpringBootTest
@AutoConfigureMockMvc
class ProvisionalIndicatorApiTest {

    private static final String TOKEN = "test-token-456";
    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    MockMvc mvc;

    @Autowired
    InfluxStore store;

    @DynamicPropertySource
    static void influx(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "provisional");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void provisionalIndicatorsAreListedAfterTheCatalogueWithTheirEvidence() throws Exception {
        mvc.perform(post("/api/documents").param("org", "newtown").param("source", SeedData.Q2_2019_20)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2019_20)))
                .andExpect(status().isCreated());

        JsonNode all = JsonMapper.builder().build().readTree(mvc.perform(get("/api/indicators")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        int firstProvisional = -1;
        int lastCatalogued = -1;
        String provisionalId = null;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get("provisional").asBoolean()) {
                firstProvisional = firstProvisional < 0 ? i : firstProvisional;
                if (provisionalId == null && !all.get(i).get("latest").isEmpty()) {
                    provisionalId = all.get(i).get("id").asString();
                    assertThat(all.get(i).get("latest").get(0).get("organisation").asString()).isEqualTo("newtown");
                    assertThat(all.get(i).get("latest").get(0).get("rag").isNull()).as("no target, so no RAG").isTrue();
                }
            } else {
                lastCatalogued = i;
            }
        }
        assertThat(provisionalId).startsWith("p_");
        assertThat(firstProvisional).isGreaterThan(lastCatalogued);

        mvc.perform(get("/api/indicators/" + provisionalId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/indicators/" + provisionalId + "/observations").param("org", "newtown"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].provisional").value(true))
                .andExpect(jsonPath("$[0].sentence").isNotEmpty());
        mvc.perform(get("/api/indicators/_candidate/observations").param("org", "newtown")).andExpect(status().isOk());
        mvc.perform(get("/api/indicators/p_never_seen_count")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/unknown-indicator"));

        List<List<Object>> tagged = store.query("SELECT count(\"value\") FROM \"indicator_status\" WHERE \"provisional\" = 'true' AND "
                + "\"indicator\" = '" + provisionalId + "'").getResults().get(0).getSeries().get(0).getValues();
        assertThat(((Number) tagged.get(0).get(1)).doubleValue()).isPositive();
        assertThat(store.query("SELECT last(\"stale\") FROM \"indicator_freshness\" WHERE \"indicator\" = '" + provisionalId + "'")
                .getResults().get(0).getSeries()).as("freshness, and so the stale alert, is for catalogued indicators").isNull();
    }
}
