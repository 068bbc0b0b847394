package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code protect-reads}, every mapped route, however its path is written, answers 401
 * problem+json without the token; only the public health status answers, and without details.
 * Over real HTTP (Tomcat), since the bypasses lived in how the container hands the path over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yardstick.api.protect-reads=true")
class RouteAuthorisationTest {

    static final String TOKEN = "route-test-token";
    private static final InfluxServer INFLUX = InfluxServer.start();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "routes");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void everyRouteInEveryEncodingNeedsTheTokenWhenReadsAreProtected() throws Exception {
        Set<MappedRoutes.Probe> routes = MappedRoutes.routes(context);
        assertThat(routes).extracting(MappedRoutes.Probe::route)
                .contains("/api/documents", "/api/indicators/{id}/targets", "/v3/api-docs", "/actuator/prometheus", "/actuator/metrics");
        List<String> failures = new ArrayList<>();
        List<MappedRoutes.Probe> probes = MappedRoutes.probes(routes);
        for (MappedRoutes.Probe probe : probes) {
            HttpResponse<String> answer = MappedRoutes.send(port, probe, null);
            if (probe.isRead() && probe.route().equals("/actuator/health") && answer.statusCode() < 400) {
                if (!answer.body().replaceAll("\\s", "").matches("\\{\"status\":\"[A-Z_]+\"}")) {
                    failures.add(probe + " showed health details: " + answer.body());
                }
                continue;
            }
            if (probe.route().startsWith("/review")) {
                if (!MappedRoutes.refusedByTheReviewPage(probe, answer)) {
                    failures.add(probe + " answered " + answer.statusCode() + " on the review page");
                }
                continue;
            }
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() != 401 || !type.startsWith("application/problem+json") || !type.contains("UTF-8")
                    || !answer.body().contains("/problems/unauthorized")) {
                failures.add(probe + " answered " + answer.statusCode() + " " + type);
            }
        }
        assertThat(failures).as("of %d probes", probes.size()).isEmpty();
        assertThat(probes).hasSizeGreaterThan(300);
    }

    @Test
    void theTokenOpensReadsAndHealthDetails() throws Exception {
        var documents = MappedRoutes.send(port, new MappedRoutes.Probe("GET", "/api/documents", "/api/documents"), TOKEN);
        assertThat(documents.statusCode()).isEqualTo(200);
        var health = MappedRoutes.send(port, new MappedRoutes.Probe("GET", "/actuator/health", "/actuator/health"), TOKEN);
        assertThat(health.body()).contains("\"influx\"", INFLUX.url(), "queueDepth");
        var wrong = MappedRoutes.send(port, new MappedRoutes.Probe("GET", "/api/documents", "/api/documents"), TOKEN + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }
}
