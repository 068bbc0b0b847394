package dev.yardstick.api;

import static dev.yardstick.api.ProblemAssertions.problem;
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

/** Bad input is answered with a problem naming what is wrong and how to fix it, never a 500, and nothing is written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BadInputTest {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

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

    @org.junit.jupiter.api.Test
    void numberWithAHundredThousandDigitsIsAProblemNotAFailure() throws Exception {
        String digits = "9".repeat(100_000);
        byte[] update = ("What we will deliver in 2017/18\n\nKey\tAccountability\tStrategic Director\tQuarter 2 2017/18 Update\n"
                + "1.\tCount things.\tChris Naylor\tWe counted " + digits + " things in July 2017.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var answer = mvc.perform(post("/api/documents").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(update)).andReturn().getResponse();
        org.assertj.core.api.Assertions.assertThat(answer.getStatus()).isEqualTo(422);
        org.assertj.core.api.Assertions.assertThat(answer.getContentType()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(answer.getContentAsString()).contains("limit-exceeded", "yardstick.ingest.max-sentence-length")
                .hasSizeLessThan(2000);
        // within the sentence limit but past what a double holds: refused as unreadable, not a failure
        byte[] shorter = new String(update, java.nio.charset.StandardCharsets.UTF_8).replace(digits, "9".repeat(400)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        problem(mvc.perform(post("/api/documents").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(shorter)), 422, "document-rejected");
        problem(mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unit\": \"per 1,000\", \"steps\": [{\"from\": \"2017-04-01\", \"to\": \"2018-03-31\", \"value\": "
                        + digits + "}]}")), 400, "unreadable-body");
    }

    @org.junit.jupiter.api.Test
    void anUpdateOrAPageNamingNoPeriodIsRefusedAsAProblemNamingTheFix() throws Exception {
        byte[] undated = ("Borough Council: latest performance report\nService area\tLead\tPerformance Update\n"
                + "Care\tDirector of Adults\tOf the older people who used reablement, 92.3 per cent were at home 91 days later.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        problem(mvc.perform(post("/api/documents").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(undated)), 422, "document-rejected")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("add the quarter to its title or table header")));
        byte[] page = ("Council performance information\nCorporate Services\nIndicator\tResult\n"
                + "Cost of collecting council tax per dwelling\t£10.65\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        problem(mvc.perform(post("/api/documents").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(page)), 422, "document-rejected")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("add the quarter to its title or table header")));
    }

    @org.junit.jupiter.api.Test
    void emptyBodyInvalidJsonBadDatesAndMissingPartsAreProblemsWithStableTypes() throws Exception {
        problem(mvc.perform(post("/api/documents").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.TEXT_PLAIN).content(new byte[0])), 422, "document-rejected");
        problem(mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unit\": ")), 400, "unreadable-body");
        problem(mvc.perform(get("/api/indicators/teen_pregnancy_rate/observations").param("from", "2017-13-45")), 400, "invalid-parameter")
                .andExpect(jsonPath("$.parameter").value("from"));
        problem(mvc.perform(multipart("/api/documents").file(new MockMultipartFile("other", "q2.txt", "text/plain", new byte[] {1}))
                .param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)), 400, "missing-part");
        problem(mvc.perform(multipart("/api/documents").file(new MockMultipartFile("file", "q2\u0000.txt", "text/plain", SeedData.bytes(SeedData.Q2_2017_18)))
                .param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)), 400, "invalid-parameter")
                .andExpect(jsonPath("$.parameter").value("source"));
        problem(mvc.perform(get("/api/no-such-thing")), 404, "not-found");
        problem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/documents")
                .header("Authorization", "Bearer " + TOKEN)), 405, "method-not-allowed");
    }

    @org.junit.jupiter.api.Test
    void fromAfterToIsAProblemNotAnEmptyList() throws Exception {
        problem(mvc.perform(get("/api/indicators/teen_pregnancy_rate/observations").param("from", "2019-09-30").param("to", "2017-07-01")),
                400, "invalid-parameter")
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2017-07-01")));
    }

    @org.junit.jupiter.api.Test
    void targetWithoutOrganisationNamesTheParameterAndTheTarget() throws Exception {
        problem(mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 400, "missing-parameter")
                .andExpect(jsonPath("$.parameter").value("org"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("update"))))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("target")));
        problem(mvc.perform(put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(new byte[0])), 400, "unreadable-body");
    }

    @org.junit.jupiter.api.Test
    void malformedMultipartOverRealHttpIsAProblem() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String contentType : java.util.List.of("multipart/form-data", "multipart/form-data; boundary=xyz", "multipart/form-data; boundary=")) {
            var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/documents?org=lbbd"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--abc--\r\n"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as(contentType).isEqualTo(400);
            org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            org.assertj.core.api.Assertions.assertThat(answer.body()).contains("/problems/");
        }
        // a file name with a NUL byte, as a client really sends it
        byte[] body = ("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q2\u0000.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + new String(SeedData.bytes(SeedData.Q2_2017_18), java.nio.charset.StandardCharsets.UTF_8) + "\r\n--abc--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var nul = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/documents?org=lbbd"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(nul.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(nul.body()).containsAnyOf("problems/invalid-parameter", "problems/invalid-multipart");
    }
}
