package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads, refusals and target changes leave one log line each, with what came from the request escaped. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    private static final String TOKEN = "log-test-token";
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final String FORGED = "FORGED-LINE yardstick accepted everything";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "requestlog");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void acceptedUploadIsLoggedOnOneLine(CapturedOutput output) throws Exception {
        mvc.perform(post("/api/documents").param("org", "logshire").param("source", SeedData.Q2_2017_18).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(SeedData.bytes(SeedData.Q2_2017_18))).andExpect(status().isCreated());

        assertThat(linesWith(output, "upload org=\"logshire\""))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("source=\"" + SeedData.Q2_2017_18 + "\"", "period=\"Q2 2017/18\"", "new", "points written");
    }

    @Test
    void refusalsAreLoggedWithRequestValuesEscaped(CapturedOutput output) throws Exception {
        mvc.perform(post("/api/documents").param("org", "bad\r\n" + FORGED).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/documents").param("org", "lbbd").param("source", "q2\u202e\n" + FORGED + ".txt").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/documents").param("org", "lbbd").contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isUnauthorized());

        List<String> refusals = linesWith(output, "refused \"POST\" \"/api/documents\"");
        assertThat(refusals).hasSize(3);
        assertThat(refusals.get(0)).contains("400 invalid-parameter");
        assertThat(refusals.get(2)).contains("401 unauthorized");
        assertThat(Arrays.stream(output.getAll().split("\\R"))).as("no line begins with what the request smuggled in")
                .noneMatch(line -> line.startsWith(FORGED));
        assertThat(output.getAll()).doesNotContain("\u202e");
    }

    @Test
    void targetChangeIsLogged(CapturedOutput output) throws Exception {
        mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "logshire").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\":\"per 1,000\",\"tolerance\":\"5%\",\"source\":\"test plan\",\"steps\":[{\"from\":\"2017-04-01\",\"to\":\"2018-03-31\",\"value\":25}]}"))
                .andExpect(status().is2xxSuccessful());

        assertThat(linesWith(output, "target set indicator=\"teen_pregnancy_rate\" org=\"logshire\" unit=\"per 1,000\"")).hasSize(1);
    }

    @Test
    void quotedKeepsAValueOnItsLineAndReadable() {
        assertThat(RequestLog.quoted("a\"b\\c\r\nd\u0007\u2028\u202e")).isEqualTo("\"a\\\"b\\\\c\\r\\nd\\u0007\\u2028\\u202e\"");
        assertThat(RequestLog.quoted("Barking & Dagenham £3.7m")).isEqualTo("\"Barking & Dagenham £3.7m\"");
        assertThat(RequestLog.quoted("x".repeat(400))).endsWith("\"...(400 characters)").hasSize(2 + 300); // the cut value and its note within 300
        assertThat(RequestLog.quoted(null)).isEqualTo("-");
    }

    private static List<String> linesWith(CapturedOutput output, String text) {
        return Arrays.stream(output.getAll().split("\\R")).filter(line -> line.contains(text)).toList();
    }
}
