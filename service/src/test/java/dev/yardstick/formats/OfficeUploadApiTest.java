package dev.yardstick.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Word and PDF uploads over HTTP to the running service, written to a real influxd; bad files get their problem. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeUploadApiTest {

    private static final String TOKEN = "office-token-123";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void influx(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "office");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    private HttpResponse<String> post(String query, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents?" + query))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postWithToken(String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents?org=tokenshire"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Spring Security decides on the method, never the media type: Word, PDF and octet-stream uploads need the token as text does. */
    @Test
    void wordAndPdfUploadsNeedTheTokenLikeTextUploads() throws Exception {
        byte[] pdf = OfficeFixtures.bytes(OfficeFixtures.office("h01.pdf"));
        byte[] docx = OfficeFixtures.bytes(OfficeFixtures.office("h01.docx"));
        for (String token : new String[] {null, TOKEN + "x"}) {
            for (var upload : java.util.Map.of("application/pdf", pdf, DOCX, docx, "application/octet-stream", pdf).entrySet()) {
                HttpResponse<String> answer = postWithToken(token, upload.getKey(), upload.getValue());
                assertThat(answer.statusCode()).as(upload.getKey() + " " + token).isEqualTo(401);
                assertThat(answer.body()).contains("/problems/unauthorized");
            }
        }
        assertThat(get("/api/documents").body()).doesNotContain("tokenshire");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storesAWordUploadSentAsItsMediaType() throws Exception {
        byte[] docx = OfficeFixtures.bytes(OfficeFixtures.office("lbbd-2017-18-q2.docx"));

        HttpResponse<String> response = post("org=lbbd&source=lbbd-2017-18-q2.docx", DOCX, docx);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        // matched as many as the text export of the same update (DocumentApiTest)
        assertThat(response.body()).contains("\"period\":\"Q2 2017/18\"").contains("\"outcome\":\"new\"").contains("\"matched\":47");
        assertThat(get("/api/indicators/teen_pregnancy_rate/observations?org=lbbd").body()).contains("27.1");
    }

    @Test
    void storesAPdfUploadSentAsAMultipartFile() throws Exception {
        byte[] pdf = OfficeFixtures.bytes(OfficeFixtures.office("lbbd-2019-20-q2.pdf"));
        String boundary = "yardstick-boundary-7d1f";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lbbd-2019-20-q2.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = post("org=lbbd", "multipart/form-data; boundary=" + boundary, body.toByteArray());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"source\":\"lbbd-2019-20-q2.pdf\"").contains("\"period\":\"Q2 2019/20\"");
        assertThat(get("/api/indicators/lottery_ticket_sales/observations?org=lbbd").body()).contains("650");
    }

    @Test
    void storesAPdfSentAsOctetStreamTellingItsFormatFromTheBytes() throws Exception {
        HttpResponse<String> response = post("org=devshire", "application/octet-stream", OfficeFixtures.bytes(OfficeFixtures.office("h01.pdf")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"source\":\"upload\"").contains("\"period\":\"Q4 2011/12\"");
    }

    @Test
    void openApiSaysWhichFormatsTheUploadAccepts() throws Exception {
        String api = get("/v3/api-docs").body();

        assertThat(api).contains("\"application/pdf\"").contains("\"" + DOCX + "\"").contains("\"application/octet-stream\"")
                .contains("\"multipart/form-data\"").contains("a Word document").doesNotContain("\"Content-Type\",\"in\":\"header\"");
    }

    @Test
    void badWordAndPdfFilesGetTheirProblemAndWriteNothing() throws Exception {
        byte[] docx = OfficeFixtures.bytes(OfficeFixtures.office("h02.docx"));
        byte[] pdf = OfficeFixtures.bytes(OfficeFixtures.office("h03.pdf"));

        HttpResponse<String> brokenWord = post("org=badshire&source=h02-broken.docx", DOCX, Arrays.copyOf(docx, docx.length / 2));
        HttpResponse<String> cutPdf = post("org=badshire&source=h03-cut.pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length - 200));

        assertThat(brokenWord.statusCode()).isEqualTo(422);
        assertThat(brokenWord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(brokenWord.body()).contains("document-rejected").contains("h02-broken.docx").contains("save it again as .docx");
        assertThat(cutPdf.statusCode()).isEqualTo(422);
        assertThat(cutPdf.body()).contains("document-rejected").contains("h03-cut.pdf").contains("cut short");
        assertThat(get("/api/documents").body()).doesNotContain("badshire");
    }
}
