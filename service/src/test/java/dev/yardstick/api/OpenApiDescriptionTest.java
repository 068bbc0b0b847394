package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /v3/api-docs as a client generator reads it: named, versioned, with its errors and how to authenticate. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDescriptionTest {

    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> READS = Set.of("get", "head", "options");

    @Autowired
    MockMvc mvc;

    private JsonNode api;

    @DynamicPropertySource
    static void influx(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "openapi");
        registry.add("yardstick.api.token", () -> "openapi-test-token");
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @BeforeEach
    void readDescription() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        api = JsonMapper.builder().build().readTree(body);
    }

    @Test
    void hasARealTitleVersionAndServer() {
        assertThat(api.path("info").path("title").asString()).isNotBlank().isNotEqualTo("OpenAPI definition").contains("Yardstick");
        assertThat(api.path("info").path("version").asString()).isNotBlank().isNotEqualTo("v0");
        assertThat(api.path("servers").isArray() && !api.path("servers").isEmpty()).as("servers").isTrue();
        assertThat(api.path("servers").get(0).path("url").asString()).isNotBlank();
    }

    @Test
    void declaresTheBearerSchemeAndWritesRequireIt() {
        List<String> bearer = new ArrayList<>();
        for (Map.Entry<String, JsonNode> scheme : api.path("components").path("securitySchemes").properties()) {
            if ("http".equals(scheme.getValue().path("type").asString()) && "bearer".equalsIgnoreCase(scheme.getValue().path("scheme").asString())) {
                bearer.add(scheme.getKey());
            }
        }
        assertThat(bearer).as("an http bearer security scheme").hasSize(1);
        List<String> unprotectedWrites = new ArrayList<>();
        forEachOperation((where, method, op) -> {
            if (!READS.contains(method) && !op.path("security").toString().contains("\"" + bearer.get(0) + "\"")) {
                unprotectedWrites.add(where);
            }
        });
        assertThat(unprotectedWrites).as("writes that Swagger UI would send without the token").isEmpty();
    }

    @Test
    void everyOperationListsItsErrorResponsesAsProblems() {
        List<String> missing = new ArrayList<>();
        forEachOperation((where, method, op) -> {
            JsonNode responses = op.path("responses");
            List<String> errors = new ArrayList<>();
            responses.propertyNames().forEach(status -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    errors.add(status);
                    if (responses.path(status).path("content").path("application/problem+json").isMissingNode()) {
                        missing.add(where + " " + status + " is not application/problem+json");
                    }
                }
            });
            if (!errors.contains("400") || !errors.contains("500")) {
                missing.add(where + " lists only " + responses.propertyNames());
            }
            if (!READS.contains(method) && !errors.contains("401")) {
                missing.add(where + " does not list 401");
            }
            if (where.contains("{id}") && !errors.contains("404")) {
                missing.add(where + " does not list 404");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void uploadTextIsAStringAndTheTargetBodyIsARealSchema() {
        JsonNode upload = api.path("paths").path("/api/documents").path("post").path("requestBody").path("content");
        assertThat(upload.path("text/plain").path("schema").path("type").asString()).isEqualTo("string");
        assertThat(upload.path("text/plain").path("schema").path("format").asString()).isNotIn("byte", "base64", "binary");

        JsonNode target = api.path("paths").path("/api/indicators/{id}/targets").path("put").path("requestBody").path("content")
                .path("application/json").path("schema");
        String ref = target.path("$ref").asString();
        assertThat(ref).as(target.toString()).startsWith("#/components/schemas/").doesNotContain("JsonNode");
        JsonNode schema = api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(schema.path("properties").propertyNames()).contains("unit", "tolerance", "source", "steps", "trajectory");
    }

    @Test
    void schemasNamePropertiesAsTheJsonIsWritten() {
        assertThat(api.path("components").path("schemas").path("DocumentIngested").path("properties").propertyNames())
                .contains("period_start", "points_written", "status_points_written").doesNotContain("pointsWritten");
    }

    private interface OperationVisitor {
        void visit(String where, String method, JsonNode operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        assertThat(api.path("paths").propertyNames()).contains("/api/documents", "/api/indicators/{id}/targets").doesNotContain("/error");
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    visitor.visit(op.getKey().toUpperCase() + " " + path.getKey(), op.getKey(), op.getValue());
                }
            }
        }
    }
}
