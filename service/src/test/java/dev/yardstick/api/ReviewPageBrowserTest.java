package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.ServiceTestSettings;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review page as the performance team uses it, in Debian's Chromium (headless): a council the
 * catalogue does not know uploads an update; someone signs in, accepts one provisional indicator,
 * merges another into it, marks a candidate as not a measure, and the results show in
 * {@code /api/indicators} and in InfluxDB. Screenshots are kept in {@code target/review-browser/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPageBrowserTest {

    private static final String TOKEN = "browser-test-token-789";
    private static final String ORG = "darlington";
    private static final List<String> DOCUMENTS = List.of("darlington-2019-20-q1.txt", "darlington-2020-21-q2.txt", "darlington-2020-21-q3.txt");
    private static final Path CORPUS = Path.of("src/test/resources/corpora/councils-a/docs");
    private static final Path ARTEFACTS = Path.of("target/review-browser");
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    InfluxStore store;

    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void influx(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "review_browser");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("review-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(executable("chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reviewerAcceptsMergesAndRejectsAndTheStoreAndApiFollow() throws Exception {
        for (String document : DOCUMENTS) {
            assertThat(upload(document)).isEqualTo(201);
        }

        JsonNode review = JSON.readTree(get("/api/review?org=" + ORG)).get(0);
        List<JsonNode> percent = new ArrayList<>();
        review.get("provisional").forEach(p -> {
            if (p.get("measure").asString().equals("percent")) {
                percent.add(p);
            }
        });
        assertThat(percent).as("an unknown council's percentages become provisional indicators").hasSizeGreaterThanOrEqualTo(2);
        assertThat(review.get("candidates")).as("and values whose subject cannot be named stay candidates").isNotEmpty();
        String accepted = percent.get(0).get("id").asString();
        String merged = percent.get(1).get("id").asString();
        String candidate = review.get("candidates").get(0).get("key").asString();
        double acceptedValues = count(accepted);
        double mergedValues = count(merged);
        double candidatesBefore = count("_candidate");

        browser.get(url("/review").toString());
        assertThat(browser.findElement(By.id("row-" + accepted)).getText()).contains(percent.get(0).get("name").asString());
        browser.findElement(By.id("sign-in-link")).click();
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        submit(browser.findElement(By.cssSelector("#sign-in button")));
        assertThat(browser.getCurrentUrl()).endsWith("/review");
        screenshot("review.png");

        String newId = "darlington_" + accepted.substring(2, Math.min(accepted.length(), 40)).replaceAll("_+$", "");
        WebElement row = browser.findElement(By.id("row-" + accepted));
        row.findElement(By.cssSelector("details.accept summary")).click();
        WebElement id = row.findElement(By.name("indicator"));
        id.clear();
        id.sendKeys(newId);
        WebElement name = row.findElement(By.cssSelector(".accept-form input[name=name]"));
        name.clear();
        name.sendKeys("Reviewed: " + percent.get(0).get("name").asString());
        new org.openqa.selenium.support.ui.Select(row.findElement(By.name("polarity"))).selectByValue("higher_better");
        screenshot("accept-form.png");
        submit(row.findElement(By.cssSelector(".accept-form button")));
        assertThat(browser.findElement(By.id("done")).getText()).contains(accepted, newId);

        row = browser.findElement(By.id("row-" + merged));
        row.findElement(By.cssSelector("details.merge summary")).click();
        row.findElement(By.name("into")).sendKeys(newId);
        submit(row.findElement(By.cssSelector(".merge-form button")));
        assertThat(browser.findElement(By.id("done")).getText()).contains(merged, "merged into " + newId);

        submit(browser.findElement(By.id("row-" + candidate)).findElement(By.cssSelector(".reject-form button")));
        assertThat(browser.findElement(By.id("done")).getText()).contains(candidate, "not a measure");
        assertThat(browser.findElements(By.id("row-" + accepted))).isEmpty();
        assertThat(browser.findElements(By.id("row-" + merged))).isEmpty();
        assertThat(browser.findElements(By.id("row-" + candidate))).isEmpty();
        screenshot("after-decisions.png");

        JsonNode indicators = JSON.readTree(get("/api/indicators"));
        JsonNode entry = Stream.iterate(0, i -> i + 1).limit(indicators.size()).map(indicators::get)
                .filter(i -> i.get("id").asString().equals(newId)).findFirst().orElseThrow();
        assertThat(entry.get("provisional").asBoolean()).isFalse();
        assertThat(entry.get("polarity").asString()).isEqualTo("higher_better");
        assertThat(entry.get("name").asString()).startsWith("Reviewed: ");
        assertThat(entry.get("latest").get(0).get("organisation").asString()).isEqualTo(ORG);
        assertThat(indicators.findValuesAsString("id")).doesNotContain(accepted, merged);

        assertThat(count(newId)).as("both series re-tagged in InfluxDB").isEqualTo(acceptedValues + mergedValues);
        assertThat(count(accepted)).isZero();
        assertThat(count(merged)).isZero();
        assertThat(count("_candidate")).isLessThan(candidatesBefore);
        assertThat(store.query("SELECT count(\"value\") FROM \"observation\" WHERE \"indicator\" = '" + newId + "' AND \"provisional\" = 'true'")
                .getResults().get(0).getSeries()).as("accepted values are catalogued: no provisional tag").isNull();
        assertThat(store.query("SELECT count(\"value\") FROM \"indicator_status\" WHERE \"indicator\" = '" + newId + "'")
                .getResults().get(0).getSeries()).as("status re-assessed").isNotNull();

        // a later ingest of the same update keeps the decisions
        for (String document : DOCUMENTS) {
            assertThat(upload(document)).isIn(200, 201);
        }
        assertThat(count(accepted)).isZero();
        assertThat(count(newId)).isEqualTo(acceptedValues + mergedValues);

        // the merge undone from the page: its values back in their own provisional series, listed for review again
        browser.get(url("/review").toString());
        submit(browser.findElement(By.cssSelector("#decisions li[data-decision='" + merged + "'] .undo-form button")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("Undone", merged);
        assertThat(browser.findElements(By.id("row-" + merged))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#decisions li[data-decision='" + merged + "']"))).isEmpty();
        screenshot("after-undo.png");
        assertThat(count(merged)).isEqualTo(mergedValues);
        assertThat(count(newId)).isEqualTo(acceptedValues);
    }

    private int upload(String document) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url("/api/documents?org=" + ORG + "&source=" + document))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofFile(CORPUS.resolve(document))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(document + ": " + r.body()).isLessThan(300);
        return r.statusCode();
    }

    /** Clicks and waits for the next page: until then the old page's message is still there to be read. */
    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(page));
    }

    /**
     * Whether the page an element belongs to has been replaced. Chrome reports a node of a replaced
     * document either as stale or, while the new one loads, as "does not belong to the document".
     */
    private static boolean replaced(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private double count(String indicator) {
        var series = store.query("SELECT count(\"value\") FROM \"observation\" WHERE \"organisation\" = '" + ORG + "' AND \"indicator\" = '"
                + indicator + "'").getResults().get(0).getSeries();
        return series == null ? 0 : ((Number) series.get(0).getValues().get(0).get(1)).doubleValue();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(ARTEFACTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), ARTEFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Debian's chromium and chromedriver, found on PATH ({@code scripts/test.sh} installs them). */
    private static String executable(String name) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new IllegalStateException(name + " is not on PATH: install Debian's chromium and chromium-driver (scripts/test.sh does)");
    }
}
