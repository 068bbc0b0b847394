package dev.yardstick.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A service started with seed-on-startup and no API token: data is there, writes are refused. */
@SpringBootTest
@AutoConfigureMockMvc
class SeededServiceWithoutTokenTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "seeded");
        registry.add("yardstick.ingest.seed-on-startup", () -> "true");
        registry.add("yardstick.ingest.seed-dir", () -> SeedData.dir().resolve("updates").toString());
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void seedsAreIngestedAtStartUp() throws Exception {
        mvc.perform(get("/api/indicators/teen_pregnancy_rate/observations").param("org", "lbbd").param("from", "2017-07-01").param("to", "2017-09-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'actual')].value", hasItem(27.1)));
        mvc.perform(get("/api/indicators/licence_applications/observations"))
                .andExpect(jsonPath("$[0].value").value(7000.0))
                .andExpect(jsonPath("$[0].qualifier").value("over"));
    }

    @Test
    void writesAreRefusedWhenNoTokenIsConfigured() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").contentType(MediaType.TEXT_PLAIN).content("x")
                        .header("Authorization", "Bearer anything"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/api-token-not-configured"));
    }
}
