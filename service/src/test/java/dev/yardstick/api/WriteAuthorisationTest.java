package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With reads open (the default), every write to every mapped route, however its path is written,
 * still answers 401 problem+json without the token, and so do actuator details and metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteAuthorisationTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "writes");
        registry.add("yardstick.api.token", () -> RouteAuthorisationTest.TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @Test
    void everyWriteInEveryEncodingNeedsTheToken() throws Exception {
        List<String> failures = new ArrayList<>();
        int writes = 0;
        for (MappedRoutes.Probe probe : MappedRoutes.probes(MappedRoutes.routes(context))) {
            boolean actuatorDetail = probe.route().startsWith("/actuator") && !probe.route().equals("/actuator/health");
            if (probe.isRead() && !actuatorDetail) {
                continue;
            }
            writes++;
            HttpResponse<String> answer = MappedRoutes.send(port, probe, null);
            if (probe.route().startsWith("/review")) {
                if (!MappedRoutes.refusedByTheReviewPage(probe, answer)) {
                    failures.add(probe + " answered " + answer.statusCode() + " on the review page");
                }
                continue;
            }
            String type = answer.headers().firstValue("Content-Type").orElse("");
            // a read whose letter case names no route is not served at all (404), never answered with data
            boolean unmapped = probe.isRead() && answer.statusCode() == 404 && !probe.rawPath().toLowerCase(java.util.Locale.ROOT).equals(probe.rawPath());
            if (!unmapped && answer.statusCode() != 401 || !type.startsWith("application/problem+json")) {
                failures.add(probe + " answered " + answer.statusCode() + " " + type);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(writes).isGreaterThan(300);
    }

    @Test
    void readsStayOpenAndHealthShowsStatusOnly() throws Exception {
        assertThat(MappedRoutes.send(port, new MappedRoutes.Probe("GET", "/api/documents", "/api/documents"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> health = MappedRoutes.send(port, new MappedRoutes.Probe("GET", "/actuator/health", "/actuator/health"), null);
        assertThat(health.body().replaceAll("\\s", "")).matches("\\{\"status\":\"[A-Z_]+\"}");
        assertThat(health.body()).doesNotContain(INFLUX.url(), "version", "database");
    }
}
