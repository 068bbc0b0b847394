package dev.yardstick.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description a client generator (and Swagger UI) can use: a name and version, a
 * server, the bearer scheme that {@link ApiSecurity} enforces, and for every operation the error
 * statuses it may answer, each an RFC 9457 problem ({@code application/problem+json}) whose
 * {@code type} is one of the stable types {@link ProblemHandler} gives.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String BEARER = "bearer-token";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI yardstickOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null ? properties.getVersion() : OpenApiDescription.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info().title("Yardstick API")
                        .version(version == null ? "development" : version)
                        .description("Quarterly Corporate Plan updates in, indicators with status against target out. Writes (and, with "
                                + "yardstick.api.protect-reads, reads) need the API token as 'Authorization: Bearer <token>'. Every error "
                                + "is an RFC 9457 problem whose type is one of " + Problems.BASE + "<name>."))
                // relative, so the description is right behind any proxy or port (the OpenAPI Server Object: a relative url is relative to where the description is served)
                .servers(List.of(new Server().url("/").description("this Yardstick service")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("the API token (yardstick.api.token, YARDSTICK_API_TOKEN)"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /**
     * Schemas named as the JSON is written: springdoc reads models with its own (Jackson 2)
     * mapper, which knows nothing of spring.jackson.property-naming-strategy=SNAKE_CASE.
     */
    @Bean
    io.swagger.v3.core.jackson.ModelResolver snakeCaseModels() {
        return new io.swagger.v3.core.jackson.ModelResolver(new com.fasterxml.jackson.databind.ObjectMapper()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
    }

    /** Adds the error responses and the security requirement to every operation springdoc found. */
    @Bean
    OpenApiCustomizer problemResponses(ApiProperties api) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD || method == PathItem.HttpMethod.OPTIONS;
                boolean needsToken = !read || api.protectReads();
                if (needsToken) {
                    op.addSecurityItem(new SecurityRequirement().addList(BEARER));
                }
                errors(path, op, read, needsToken).forEach((status, types) -> addProblem(op, status, types));
            }));
        };
    }

    /** The statuses an operation may answer with the problem types behind each, as {@link ProblemHandler} and {@link ApiSecurity} give them. */
    private static Map<String, String> errors(String path, Operation op, boolean read, boolean needsToken) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "invalid-parameter, missing-parameter" + (read ? "" : ", unreadable-body, invalid-multipart, missing-part"));
        if (needsToken) {
            errors.put("401", "unauthorized: the Authorization: Bearer token is missing or wrong");
        }
        if (path.contains("{id}")) {
            errors.put("404", "unknown-indicator: no indicator has this id");
        }
        if (!read && op.getRequestBody() != null) {
            errors.put("413", "upload-too-large");
            errors.put("415", "unsupported-media-type");
            errors.put("422", "document-rejected, limit-exceeded, invalid-target");
        }
        errors.put("500", "internal-error, update-set-aside");
        if (!read) {
            errors.put("502", "store-refused: InfluxDB refused the write for good");
        }
        errors.put("503", "store-unavailable: InfluxDB did not answer; try again later");
        return errors;
    }

    private static void addProblem(Operation op, String status, String types) {
        if (op.getResponses() == null) {
            op.setResponses(new ApiResponses());
        }
        ApiResponse existing = op.getResponses().get(status);
        if (existing != null && existing.getContent() != null && existing.getContent().containsKey(PROBLEM_JSON)) {
            return; // an operation that documents its own wording keeps it
        }
        op.getResponses().addApiResponse(status, new ApiResponse().description("Problem (RFC 9457); type: " + types)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** RFC 9457 §3.1 members; extension members (parameter, source, limit...) are allowed. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri").example(Problems.BASE + "invalid-parameter"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what was wrong, where, and how to fix it"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("parameter", new StringSchema().description("the request parameter at fault, for invalid-parameter and missing-parameter"))
                .additionalProperties(true)
                .required(List.of("type", "title", "status", "detail"));
    }
}
