package dev.yardstick.api;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Seed-on-startup without a seed folder ingests the updates bundled in the jar, whatever the working directory. */
@SpringBootTest
@AutoConfigureMockMvc
class SeedsInTheJarTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "jarseeds");
        registry.add("yardstick.ingest.seed-on-startup", () -> "true");
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void seedsTheBundledUpdatesWithoutASeedFolder() throws Exception {
        Assertions.assertThat(Files.exists(Path.of("seed-data/updates"))).as("the test runs where a relative seed folder is absent").isFalse();

        mvc.perform(get("/api/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].source", hasItems(SeedData.Q2_2017_18, SeedData.Q2_2019_20)));
    }
}
