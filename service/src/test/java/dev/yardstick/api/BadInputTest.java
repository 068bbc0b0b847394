package dev.yardstick.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input is answered with a problem naming what is wrong and how to fix it, never a 500, and nothing is written. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTest {

    private static final String TOKEN = "bad-input-token";
    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "bad_input");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x\ndocument", "x\\", "a b", "lbbd,kind=actual", "../etc", "lbbd;x", "ünïcode", "\u0000",
            "a1234567890123456789012345678901234567890123456789012345678901234"})
    void invalidOrganisationIsRefusedAtTheEdgeAndNothingIsWritten(String org) throws Exception {
        problem(mvc.perform(post("/api/documents").param("org", org).param("source", SeedData.Q2_2017_18).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18))), 400, "invalid-parameter")
                .andExpect(jsonPath("$.parameter").value("org"))
                .andExpect(jsonPath("$.detail").value(org.matches(".*\\p{Cntrl}.*")
                        ? containsString("\\u00") : containsString("letters, digits, '-' or '_'")));
        problem(mvc.perform(multipart("/api/documents").file(new MockMultipartFile("file", "q2.txt", "text/plain", SeedData.bytes(SeedData.Q2_2017_18)))
                .param("org", org).header("Authorization", "Bearer " + TOKEN)), 400, "invalid-parameter");
        problem(mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", org).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unit\": \"per 1,000\", \"steps\": [{\"from\": \"2017-04-01\", \"to\": \"2018-03-31\", \"value\": 26}]}")),
                400, "invalid-parameter");
        problem(mvc.perform(get("/api/status").param("org", org)), 400, "invalid-parameter");
        problem(mvc.perform(get("/api/indicators/teen_pregnancy_rate/observations").param("org", org)), 400, "invalid-parameter");
        mvc.perform(get("/api/documents")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    static ResultActions problem(ResultActions answer, int status, String type) throws Exception {
        return answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://yardstick.dev/problems/" + type))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
