package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.LargeUpdate;
import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Limits are checked before work: a body over the size limit is refused while it is read, an update over a content limit before it is queued. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yardstick.api.max-upload=64KB", "yardstick.ingest.max-lines=200", "yardstick.ingest.max-observations=300"})
class UploadLimitsTest {

    private static final String TOKEN = "limits-token";
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    dev.yardstick.ingest.IngestService ingest;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "limits");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    private HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return post("org=lbbd&source=big-2017-18-q2.txt", contentType, body);
    }

    private HttpResponse<String> post(String query, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents?" + query))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type, String... mentions) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("/problems/" + type);
        for (String mention : mentions) {
            assertThat(answer.body()).contains(mention);
        }
    }

    private static byte[] over(int bytes) {
        byte[] body = Arrays.copyOf(SeedData.bytes(SeedData.Q2_2017_18), bytes);
        Arrays.fill(body, SeedData.bytes(SeedData.Q2_2017_18).length, bytes, (byte) 'x');
        return body;
    }

    /** Issue 10, problem 5: a text body over the limit was read whole, then answered 422. */
    @Test
    void textBodyOverTheLimitIsRefused413WithOrWithoutAContentLength() throws Exception {
        byte[] body = over(65 * 1024);
        assertProblem(post("text/plain", HttpRequest.BodyPublishers.ofByteArray(body)), 413, "upload-too-large", "yardstick.api.max-upload");
        // chunked: the length is known only by reading, and reading stops at the limit
        assertProblem(post("text/plain", HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(over(8 * 1024 * 1024)))),
                413, "upload-too-large");
        assertThat(ingest.queueDepth()).isZero();
    }

    /** Issue 10, problem 5: a 10 MB multipart file dropped the connection without an answer. */
    @Test
    void multipartFileOverTheLimitIsAnswered413() throws Exception {
        for (int size : new int[] {65 * 1024, 10 * 1024 * 1024}) {
            byte[] head = "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\r\n--abc--\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] file = over(size);
            byte[] body = new byte[head.length + file.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(file, 0, body, head.length, file.length);
            System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
            assertProblem(post("multipart/form-data; boundary=abc", HttpRequest.BodyPublishers.ofByteArray(body)), 413, "upload-too-large",
                    "yardstick.api.max-upload");
        }
    }

    @Test
    void updateOverTheLineOrObservationLimitIsRefusedBeforeItIsQueued() throws Exception {
        assertProblem(post("text/plain", HttpRequest.BodyPublishers.ofByteArray(LargeUpdate.rows(250, 1000))), 422, "limit-exceeded",
                "\"limit\":\"yardstick.ingest.max-lines\"", "\"maximum\":200");
        assertProblem(post("text/plain", HttpRequest.BodyPublishers.ofByteArray(LargeUpdate.rows(100, 1000))), 422, "limit-exceeded",
                "\"limit\":\"yardstick.ingest.max-observations\"", "\"maximum\":300", "400 observations");
        assertThat(ingest.queueDepth()).isZero();
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("[]");
        // within every limit: written
        assertThat(post("text/plain", HttpRequest.BodyPublishers.ofByteArray(LargeUpdate.rows(50, 1000))).statusCode()).isEqualTo(201);
    }

    private static byte[] office(String name) throws Exception {
        return Files.readAllBytes(SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office").resolve(name));
    }

    /** Word, PDF and octet-stream bodies go through the same streamed limit as text: the seed PDF is 119 KB, over 64 KB. */
    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream"})
    void binaryBodyOverTheLimitIsRefused413WhileItIsRead(String contentType) throws Exception {
        byte[] pdf = office("lbbd-2019-20-q2.pdf");
        assertThat(pdf.length).isGreaterThan(64 * 1024);
        assertProblem(post("org=bigshire", contentType, HttpRequest.BodyPublishers.ofByteArray(pdf)), 413, "upload-too-large",
                "yardstick.api.max-upload");
        assertProblem(post("org=bigshire", contentType, HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(pdf))),
                413, "upload-too-large");
        assertThat(ingest.queueDepth()).isZero();
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).doesNotContain("bigshire");
    }

    /** A Word file is held to the ingest limits on the text it yields, before extraction and before it is queued (PDF: UpdateReaderTextCheckTest). */
    @Test
    void wordUpdateOverTheLineLimitIsRefusedBeforeItIsQueued() throws Exception {
        HttpResponse<String> word = post("org=longshire&source=long.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                HttpRequest.BodyPublishers.ofByteArray(office("lbbd-2019-20-q2.docx")));
        assertProblem(word, 422, "limit-exceeded", "\"limit\":\"yardstick.ingest.max-lines\"", "\"maximum\":200", "long.docx");
        assertThat(ingest.queueDepth()).isZero();
    }
}
