package dev.yardstick.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** docker-compose.yml, checked without a Docker engine: it validates, and what it references exists. */
class ComposeFileTest {

    private static final Path ROOT = Provisioning.root();
    private static final JsonNode COMPOSE = Provisioning.yaml(ROOT.resolve("docker-compose.yml"));
    private static final Pattern REQUIRED_VAR = Pattern.compile("\\$\\{(\\w+):\\?");
    private static final Pattern ANY_VAR = Pattern.compile("\\$\\{?(\\w+)");

    @Test
    void validatesWithDockerCompose() throws Exception {
        Path env = SeedData.tempDir("compose").resolve(".env");
        // every value filled, as ./scripts/stack.sh does
        Files.writeString(env, Files.readString(ROOT.resolve(".env.example")).replaceAll("(?m)=$", "=secret"));
        Process p = new ProcessBuilder("docker-compose", "--env-file", env.toString(), "-f", ROOT.resolve("docker-compose.yml").toString(),
                "config", "-q").redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void refusesToStartWithoutTheSecrets() throws Exception {
        Path env = SeedData.tempDir("compose").resolve(".env");
        Files.writeString(env, "# nothing set\n");
        Process p = new ProcessBuilder("docker-compose", "--env-file", env.toString(), "-f", ROOT.resolve("docker-compose.yml").toString(),
                "config", "-q").redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("in .env");
    }

    @Test
    void imagesArePinnedAndEveryServiceHasAHealthCheckAndWaitsForHealthyDependencies() {
        for (var e : COMPOSE.get("services").properties()) {
            JsonNode service = e.getValue();
            if (service.has("image")) {
                String image = service.get("image").asString();
                assertThat(image).as(e.getKey()).matches("[^:]+:[0-9][\\w.-]*");
            }
            assertThat(service.has("healthcheck")).as(e.getKey() + " health check").isTrue();
            if (service.has("depends_on")) {
                service.get("depends_on").properties().forEach(d ->
                        assertThat(d.getValue().get("condition").asString()).as(e.getKey() + " waits for " + d.getKey()).isEqualTo("service_healthy"));
            }
        }
        assertThat(COMPOSE.get("services").get("influxdb").get("environment").get("INFLUXDB_HTTP_AUTH_ENABLED").asString()).isEqualTo("true");
        assertThat(COMPOSE.get("services").get("yardstick").get("build").get("dockerfile").asString()).isEqualTo("service/Dockerfile");
    }

    @Test
    void boundFoldersExistAndNamedVolumesAreDeclared() {
        Set<String> declared = new HashSet<>();
        COMPOSE.get("volumes").propertyNames().forEach(declared::add);
        for (var e : COMPOSE.get("services").properties()) {
            if (!e.getValue().has("volumes")) {
                continue;
            }
            for (JsonNode v : e.getValue().get("volumes")) {
                String source = v.asString().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(ROOT.resolve(source)).as(e.getKey() + " mounts " + source).exists();
                } else {
                    assertThat(declared).as(e.getKey() + " volume").contains(source);
                }
            }
        }
        assertThat(declared).contains("influxdb-data", "grafana-data", "yardstick-data");
    }

    @Test
    void everySecretComesFromTheEnvFileAndGrafanaGetsEveryVariableItsProvisioningReads() throws Exception {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String example = Files.readString(ROOT.resolve(".env.example"));
        Matcher required = REQUIRED_VAR.matcher(compose);
        while (required.find()) {
            assertThat(example).as(".env.example names " + required.group(1)).containsPattern("(?m)^" + required.group(1) + "=");
        }
        Set<String> grafanaEnv = new HashSet<>();
        COMPOSE.get("services").get("grafana").get("environment").propertyNames().forEach(grafanaEnv::add);
        for (String dir : List.of("datasources", "alerting")) {
            for (Path f : Provisioning.files(Provisioning.grafana().resolve("provisioning").resolve(dir), ".yaml")) {
                for (String line : Files.readAllLines(f)) {
                    if (line.trim().startsWith("#") || line.contains("query:") || line.contains("summary:") || line.contains("description:")
                            || line.contains("dashboard:")) {
                        continue; // comments, queries and annotations are not environment-interpolated
                    }
                    Matcher m = ANY_VAR.matcher(line);
                    while (m.find()) {
                        assertThat(grafanaEnv).as(f.getFileName() + " reads $" + m.group(1)).contains(m.group(1));
                    }
                }
            }
        }
        assertThat(Files.readString(ROOT.resolve("service/Dockerfile"))).contains("USER yardstick").contains("-jre");
    }

    /** Issue 10, problem 8: compose published 8080 and 3000 on every interface. */
    @Test
    void publishedPortsBindToLoopbackUnlessAnAddressIsChosen() throws Exception {
        assertThat(resolvedPorts("")).isNotEmpty().allMatch(p -> p.startsWith("127.0.0.1:"), "bound to 127.0.0.1");
        assertThat(resolvedPorts("YARDSTICK_PUBLISH_ADDRESS=0.0.0.0\n")).isNotEmpty().allMatch(p -> p.startsWith("0.0.0.0:"), "bound to 0.0.0.0");
        assertThat(Files.readString(ROOT.resolve(".env.example"))).contains("YARDSTICK_PUBLISH_ADDRESS");
    }

    /** Every published port as docker-compose resolves it with the example .env (plus {@code extra}). */
    private static java.util.List<String> resolvedPorts(String extra) throws Exception {
        Path env = SeedData.tempDir("compose").resolve(".env");
        Files.writeString(env, Files.readString(ROOT.resolve(".env.example")).replaceAll("(?m)=$", "=secret") + extra);
        Process p = new ProcessBuilder("docker-compose", "--env-file", env.toString(), "-f", ROOT.resolve("docker-compose.yml").toString(),
                "config").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        java.util.List<String> ports = new java.util.ArrayList<>();
        Path resolved = env.resolveSibling("resolved.yml");
        Files.writeString(resolved, out);
        Provisioning.yaml(resolved).get("services").properties().forEach(service -> {
            if (service.getValue().has("ports")) {
                service.getValue().get("ports").forEach(port -> ports.add(port.asString()));
            }
        });
        return ports;
    }
}
