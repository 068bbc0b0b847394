package dev.yardstick.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP API against a real influxd. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentApiTest {

    private static final String TOKEN = "test-token-123";
    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void influx(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "api");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void uploadedUpdateIsStoredAndItsEvidenceServed() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").param("source", SeedData.Q2_2017_18)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value("Q2 2017/18"))
                .andExpect(jsonPath("$.matched").value(47))
                .andExpect(jsonPath("$.outcome").value("new"));

        mvc.perform(get("/api/indicators/teen_pregnancy_rate/observations").param("org", "lbbd"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'actual')].value", hasItem(27.1)))
                .andExpect(jsonPath("$[?(@.kind == 'actual')].sentence", hasItem(startsWith("Our rate dropped by 4% between Q1 and Q2 to 27.1"))));

        mvc.perform(post("/api/documents").param("org", "lbbd").param("source", SeedData.Q2_2017_18)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("unchanged"));
    }

    @Test
    void reuploadingAnUnchangedUpdateWritesNoObservationPoints() throws Exception {
        mvc.perform(post("/api/documents").param("org", "unchanged-org").param("source", SeedData.Q2_2017_18)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("new"))
                .andExpect(jsonPath("$.points_written").value(org.hamcrest.Matchers.greaterThan(0)));

        mvc.perform(post("/api/documents").param("org", "unchanged-org").param("source", SeedData.Q2_2017_18)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("unchanged"))
                .andExpect(jsonPath("$.points_written").value(0))
                .andExpect(jsonPath("$.status_points_written").isNumber());
    }

    @Test
    void listsIngestedDocuments() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").param("source", SeedData.Q2_2019_20)
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2019_20)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.report == '2019-20-Q2')].source", hasItem(SeedData.Q2_2019_20)));
    }

    @Test
    void servesItsOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/documents']").exists())
                .andExpect(jsonPath("$.paths['/api/indicators/{id}/observations']").exists());
    }

    @Test
    void acceptsMultipartUpload() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", SeedData.Q2_2019_20, "text/plain", SeedData.bytes(SeedData.Q2_2019_20));

        mvc.perform(multipart("/api/documents").file(file).param("org", "lbbd").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value(SeedData.Q2_2019_20))
                .andExpect(jsonPath("$.period").value("Q2 2019/20"));
    }

    @Test
    void writesWithoutTheTokenAreRefusedAsProblems() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/unauthorized"));
    }

    @Test
    void unreadableUploadIsAProblemNamingTheFile() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").param("source", "minutes.txt").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.TEXT_PLAIN).content("Minutes of the meeting.\nApologies were received.\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/document-rejected"))
                .andExpect(jsonPath("$.detail", containsString("minutes.txt")))
                .andExpect(jsonPath("$.detail", containsString("Quarter 2 2019/20")));
    }

    @Test
    void wrongMediaTypeAndMissingOrganisationAreProblems() throws Exception {
        mvc.perform(post("/api/documents").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.IMAGE_PNG).content(new byte[] {1, 2, 3}))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("text/plain")));
        mvc.perform(post("/api/documents").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("org")));
    }

    @Test
    void unknownIndicatorIsNotFound() throws Exception {
        mvc.perform(get("/api/indicators/no_such_thing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/unknown-indicator"));
        mvc.perform(get("/api/indicators")).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value("lottery_ticket_sales"));
    }
}
