package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.LargeUpdate;
import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A few hundred malformed uploads and parameter values, generated from a fixed seed (binary, other
 * encodings, huge lines, control characters, long and odd organisation and source values, path
 * tricks), against the running service on a real influxd. No answer is a 5xx, every refusal is
 * problem+json, a refused upload writes nothing, and the service is healthy afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yardstick.api.max-upload=512KB", "yardstick.ingest.max-lines=2000"})
class UploadFuzzTest {

    private static final String TOKEN = "fuzz-token";
    private static final long SEED = 20261129L;
    private static final int REQUESTS = 400;
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final List<String> ODD_VALUES = List.of("", " ", "\t", "x\ndocument", "x\r\ny", "a\\", "a\\ b", "a,b=c", "a b", "\u0000",
            "../../etc/passwd", "..\\..\\boot.ini", "%2e%2e%2f", "C:\\temp\\x.txt", "\u202eevil", "\uD83D\uDE00", "é", "\uFEFF", "'; DROP SERIES FROM /.*/;--",
            "\" OR 1=1", "$org", "${jndi:ldap://x}", "<script>", "a".repeat(65), "b".repeat(300), "c".repeat(5000), "lbbd", "LBBD", "lb-bd_2");

    @LocalServerPort
    int port;

    @Autowired
    InfluxStore store;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "fuzz");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    /** One generated request and what it sent, for the failure message. */
    private record Sent(int index, String method, String path, String org, String contentType, int bodyBytes) {
    }

    @Test
    void malformedUploadsAndParametersGetProblemsAndWriteNothing() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Set<String> acceptedOrgs = new HashSet<>();
        Set<String> refusedOrgs = new HashSet<>();
        for (int i = 0; i < REQUESTS; i++) {
            String org = random.nextInt(3) == 0 ? pick(random, ODD_VALUES) : random.nextInt(4) == 0 ? randomText(random, 1 + random.nextInt(80)) : "fuzz-" + i;
            String source = random.nextInt(3) == 0 ? pick(random, ODD_VALUES) : "fuzz-" + i + "-2017-18-q2.txt";
            byte[] body = body(random);
            String contentType = contentType(random);
            String path = random.nextInt(5) == 0 ? pick(random, List.of("/api/documents/", "/api//documents", "/api/documents;x=1", "/api/./documents",
                    "/api/%2e%2e/api/documents", "/api/documents%2f", "/api/documents/%00", "/API/documents")) : "/api/documents";
            String query = "?org=" + URLEncoder.encode(org, StandardCharsets.UTF_8) + "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
            boolean asRead = random.nextInt(6) == 0;
            HttpRequest.Builder request;
            String method;
            if (asRead) {
                method = "GET";
                path = pick(random, List.of("/api/status", "/api/alerts", "/api/indicators/teen_pregnancy_rate/observations", "/api/indicators/" + pct(org)));
                query = "?org=" + URLEncoder.encode(org, StandardCharsets.UTF_8) + "&from=" + URLEncoder.encode(pick(random, ODD_VALUES), StandardCharsets.UTF_8)
                        + "&to=2017-13-45";
                request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + query)).GET();
            } else {
                method = "POST";
                byte[] sent = contentType.startsWith("multipart/form-data; boundary=fz") ? multipart(source, body) : body;
                request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + query)).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(sent));
                if (random.nextInt(10) > 0) {
                    request.header("Authorization", "Bearer " + TOKEN);
                }
            }
            Sent sent = new Sent(i, method, path, org, contentType, body.length);
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() >= 500) {
                failures.add(sent + " answered " + answer.statusCode() + ": " + abbreviated(answer.body()));
            } else if (answer.statusCode() >= 400 && !(type.startsWith("application/problem+json") && answer.body().contains("\"type\""))) {
                failures.add(sent + " answered " + answer.statusCode() + " without a problem: " + type + " " + abbreviated(answer.body()));
            }
            if (method.equals("POST")) {
                (answer.statusCode() < 300 ? acceptedOrgs : refusedOrgs).add(org);
            }
        }
        assertThat(failures).as("of %d requests", REQUESTS).isEmpty();

        Set<String> stored = new HashSet<>();
        for (String measurement : List.of("document", "observation")) {
            var series = store.query("SHOW TAG VALUES FROM \"" + measurement + "\" WITH KEY = \"organisation\"").getResults().get(0).getSeries();
            if (series != null) {
                series.get(0).getValues().forEach(row -> stored.add((String) row.get(1)));
            }
        }
        refusedOrgs.removeAll(acceptedOrgs);
        assertThat(stored).as("only accepted uploads wrote anything").isSubsetOf(acceptedOrgs).doesNotContainAnyElementsOf(refusedOrgs);
        assertThat(acceptedOrgs).as("the generator also produced valid uploads").isNotEmpty();

        HttpResponse<String> failed = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/failed")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(failed.body()).isEqualTo("[]");
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        HttpResponse<String> valid = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents?org=after&source=a.txt"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SeedData.bytes(SeedData.Q2_2019_20))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(201);
    }

    private static byte[] body(Random random) {
        byte[] seed = SeedData.bytes(random.nextBoolean() ? SeedData.Q2_2017_18 : SeedData.Q2_2019_20);
        switch (random.nextInt(12)) {
            case 0: { // binary
                byte[] b = new byte[random.nextInt(20_000)];
                random.nextBytes(b);
                return b;
            }
            case 1: { // the real update with bytes flipped
                byte[] b = seed.clone();
                for (int k = 0; k < 1 + random.nextInt(200); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2: // another encoding, without a byte-order mark
                return new String(seed, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
            case 3: // one huge line
                return ("Key\tAccountability\tStrategic Director\tQuarter 2 2017/18 Update\n" + "9".repeat(100_000 + random.nextInt(300_000)))
                        .getBytes(StandardCharsets.UTF_8);
            case 4: { // control characters sprinkled through the text
                StringBuilder s = new StringBuilder(new String(seed, StandardCharsets.UTF_8));
                for (int k = 0; k < 50; k++) {
                    s.insert(random.nextInt(s.length()), (char) random.nextInt(32));
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 5: // cut anywhere
                return java.util.Arrays.copyOf(seed, random.nextInt(seed.length));
            case 6: // over the line limit
                return LargeUpdate.rows(2_100, 10);
            case 7: // over the size limit
                return new byte[600 * 1024];
            case 8: // nothing
                return new byte[0];
            case 9: // a header and nothing else
                return "Key\tAccountability\tStrategic Director\tQuarter 2 2017/18 Update\n".getBytes(StandardCharsets.UTF_8);
            case 10: // long random text
                return randomText(random, random.nextInt(50_000)).getBytes(StandardCharsets.UTF_8);
            default: // the real thing
                return seed;
        }
    }

    private static String contentType(Random random) {
        return pick(random, List.of("text/plain", "text/plain", "text/plain; charset=utf-16", "text/plain; charset=nonsense",
                "multipart/form-data; boundary=fz", "multipart/form-data; boundary=fz", "multipart/form-data", "multipart/form-data; boundary=",
                "application/octet-stream", "application/json", "text/html", "garbage", "*/*"));
    }

    /** A multipart body with one file field, the source as its file name (odd names included). */
    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--fz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n--fz--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            int kind = random.nextInt(10);
            s.appendCodePoint(kind == 0 ? random.nextInt(32) : kind == 1 ? 0x80 + random.nextInt(0x2000) : kind == 2 ? 0x1F600 + random.nextInt(50)
                    : 32 + random.nextInt(95));
        }
        return s.toString();
    }

    private static String pct(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
