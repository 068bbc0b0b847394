package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem that repeats a value from the request (a source name, an indicator id from the path, a
 * target's unit or field name, a media type) shows it escaped and cut: no control character, line
 * or paragraph separator or invisible format character (a right-to-left override that makes a name
 * read backwards) reaches the client, and no string grows with what the client sent. Before, each
 * was repeated whole and raw.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemEchoTest {

    private static final String TOKEN = "echo-token";
    private static final InfluxServer INFLUX = InfluxServer.start();
    /** A right-to-left override, a line separator, a zero-width joiner and a lone surrogate, then a long tail. */
    private static final String HOSTILE = "evil\u202Etxt.exe\u2028second line\u200D\uD800" + "x".repeat(5_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "echo");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    static Stream<Arguments> requestsRepeatingAValue() {
        String step = "\"steps\": [{\"from\": \"2017-04-01\", \"to\": \"2018-03-31\", \"value\": 26}]";
        String hostileJson = JSON.writeValueAsString(HOSTILE);
        return Stream.of(
                Arguments.of("source of an unreadable upload", 422, post("/api/documents").param("org", "lbbd")
                        .param("source", HOSTILE.substring(0, 200)).contentType(MediaType.TEXT_PLAIN).content("not an update")),
                Arguments.of("multipart file name of an unreadable upload", 422, multipart("/api/documents")
                        .file(new MockMultipartFile("file", HOSTILE.substring(0, 200), "text/plain", "not an update".getBytes(StandardCharsets.UTF_8)))
                        .param("org", "lbbd")),
                Arguments.of("indicator id in the path", 404, get(URI.create("/api/indicators/"
                        + java.net.URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8).replace("+", "%20") + "/observations"))),
                Arguments.of("unit of a target", 422, put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unit\": " + hostileJson + ", " + step + "}")),
                Arguments.of("field name of a target", 422, put("/api/indicators/teen_pregnancy_rate/targets").param("org", "lbbd")
                        .contentType(MediaType.APPLICATION_JSON).content("{" + hostileJson + ": 1, \"unit\": \"per 1,000\", " + step + "}")),
                Arguments.of("media type", 415, post("/api/documents").param("org", "lbbd")
                        .header("Content-Type", "application/x-" + "q".repeat(5_000)).content("x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsRepeatingAValue")
    void aProblemShowsARequestValueEscapedAndCut(String where, int status, RequestBuilder request) throws Exception {
        MockHttpServletResponse answer = mvc.perform(withToken(request)).andReturn().getResponse();

        assertThat(answer.getStatus()).as(where).isEqualTo(status);
        assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
        for (String text : strings(problem)) {
            assertThat(text.chars().filter(ProblemEchoTest::hidden).boxed().toList()).as("hidden characters in %.80s", text).isEmpty();
            assertThat(text.length()).as("length of %.80s", text).isLessThanOrEqualTo(Problems.MAX_DETAIL);
        }
        if (!where.equals("media type")) {
            assertThat(problem.get("detail").asString()).as("the value is still recognisable").contains("evil\\u202etxt.exe\\u2028second line");
        }
    }

    private static RequestBuilder withToken(RequestBuilder request) {
        return servletContext -> {
            var built = request.buildRequest(servletContext);
            built.addHeader("Authorization", "Bearer " + TOKEN);
            return built;
        };
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || type == Character.SURROGATE;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.asString());
        }
        node.forEach(child -> out.addAll(strings(child)));
        node.propertyNames().forEach(out::add);
        return out;
    }
}
