package dev.yardstick.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, problem 9: a write InfluxDB refuses for good (here a field type conflict) was answered
 * 503 store-unavailable, which tells clients to retry. It is its own problem, 502 store-refused,
 * and the update is set aside with the reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StoreRefusalTest {

    private static final String TOKEN = "refusal-token";
    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    MockMvc mvc;

    @Autowired
    InfluxStore store;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "refusal");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void writeRefusedForGoodIsA502StoreRefusedAndTheUpdateIsSetAside() throws Exception {
        // the document record's 'observations' is a number; a string in the same shard group makes InfluxDB refuse the write
        try (InfluxStore direct = new InfluxStore(INFLUX.settings("refusal"))) {
            direct.ensureDatabase();
            org.influxdb.InfluxDB raw = org.influxdb.InfluxDBFactory.connect(INFLUX.url());
            raw.write("refusal", "autogen", org.influxdb.InfluxDB.ConsistencyLevel.ONE, java.util.concurrent.TimeUnit.SECONDS,
                    "document,organisation=lbbd,report=2017-18-Q2 observations=\"text\" 1506729600");
            raw.close();
        }

        ProblemAssertions.problem(mvc.perform(post("/api/documents").param("org", "lbbd").param("source", SeedData.Q2_2017_18)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18))),
                502, "store-refused");

        mvc.perform(get("/api/documents/failed"))
                .andExpect(jsonPath("$[0].source").value(SeedData.Q2_2017_18))
                .andExpect(jsonPath("$[0].reason", org.hamcrest.Matchers.containsString("field type conflict")))
                .andExpect(jsonPath("$[0].reason", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("127.0.0.1"))))
                .andExpect(jsonPath("$[0].reason", org.hamcrest.Matchers.containsString("<server>")));
        // and the queue is not blocked: another update is written (of a quarter whose document record falls in another
        // shard group: a field's type holds for a whole shard group, ten years of them)
        byte[] later = new String(SeedData.bytes(SeedData.Q2_2019_20), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Quarter 2 2019/20", "Quarter 2 2025/26").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(post("/api/documents").param("org", "lbbd").param("source", "lbbd-2025-26-q2.txt")
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(later))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
    }
}
