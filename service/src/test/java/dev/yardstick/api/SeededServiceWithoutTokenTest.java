package dev.yardstick.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
 * A service started with seed-on-startup and no API token: data is there, writes are refused. The
 * seed folder holds one update in each format: a text export, a PDF and a Word document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeededServiceWithoutTokenTest {

    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final Path SEEDS = seedsInEveryFormat();

    private static Path seedsInEveryFormat() {
        try {
            Path dir = Files.createTempDirectory("yardstick-seeds");
            Path office = SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office");
            Files.copy(SeedData.update(SeedData.Q2_2017_18), dir.resolve(SeedData.Q2_2017_18));
            Files.copy(office.resolve("lbbd-2019-20-q2.pdf"), dir.resolve("lbbd-2019-20-q2.pdf"));
            Files.copy(office.resolve("h01.docx"), dir.resolve("devshire-2011-12-q4.docx"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "seeded");
        registry.add("yardstick.ingest.seed-on-startup", () -> "true");
        registry.add("yardstick.ingest.seed-dir", SEEDS::toString);
    }

    @AfterAll
    static void stopInflux() throws IOException {
        INFLUX.close();
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void seedsAreIngestedAtStartUp() throws Exception {
        mvc.perform(get("/api/indicators/teen_pregnancy_rate/observations").param("org", "lbbd").param("from", "2017-07-01").param("to", "2017-09-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'actual')].value", hasItem(27.1)));
        mvc.perform(get("/api/indicators/licence_applications/observations"))
                .andExpect(jsonPath("$[0].value").value(7000.0))
                .andExpect(jsonPath("$[0].qualifier").value("over"))
                .andExpect(jsonPath("$[0].source").value("lbbd-2019-20-q2.pdf"));
        mvc.perform(get("/api/documents"))
                .andExpect(jsonPath("$[?(@.source == 'devshire-2011-12-q4.docx')].organisation", hasItem("devshire")));
    }

    @Test
    void writesAreRefusedWhenNoTokenIsConfigured() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").contentType(MediaType.TEXT_PLAIN).content("x")
                        .header("Authorization", "Bearer anything"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/api-token-not-configured"));
    }
}
