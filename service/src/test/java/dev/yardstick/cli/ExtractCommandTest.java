package dev.yardstick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsJsonInTheDocumentedShape() {
        int code = run("extract", "--org", "Barking and Dagenham", SeedData.update(SeedData.Q2_2017_18).toString());

        assertThat(code).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(stdout()).get("documents").get(0);
        assertThat(doc.get("source").asString()).isEqualTo(SeedData.Q2_2017_18);
        assertThat(doc.get("organisation").asString()).isEqualTo("Barking and Dagenham");
        assertThat(doc.get("period").get("label").asString()).isEqualTo("Q2 2017/18");
        assertThat(doc.get("period").get("start").asString()).isEqualTo("2017-07-01");
        JsonNode first = doc.get("observations").get(0);
        assertThat(first.propertyNames()).containsExactly("indicator", "provisional", "value", "unit", "qualifier", "kind", "scope", "period_start",
                "period_end", "text", "sentence", "theme", "accountability", "director", "derivation");
        boolean teenPregnancy = false;
        for (JsonNode o : doc.get("observations")) {
            if ("teen_pregnancy_rate".equals(o.get("indicator").asString(null)) && o.get("value").asDouble() == 27.1) {
                teenPregnancy = true;
                assertThat(o.get("sentence").asString()).startsWith("Our rate dropped by 4% between Q1 and Q2 to 27.1 per 1000");
            }
        }
        assertThat(teenPregnancy).isTrue();
    }

    @Test
    void extractsWordAndPdfFilesAndReportsABadOneWithoutStoppingTheOthers(@TempDir Path dir) throws IOException {
        Path office = SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office");
        Path broken = dir.resolve("lbbd-2019-20-q3.pdf");
        Files.write(broken, "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII));

        int code = run("extract", "--format", "csv", office.resolve("lbbd-2017-18-q2.docx").toString(),
                office.resolve("lbbd-2019-20-q2.pdf").toString(), broken.toString());

        assertThat(code).isEqualTo(65);
        assertThat(stdout()).contains("lbbd-2017-18-q2.docx,lbbd,").contains("lbbd-2019-20-q2.pdf,lbbd,").contains("teen_pregnancy_rate");
        assertThat(stderr()).contains("error: lbbd-2019-20-q3.pdf: the PDF is incomplete");
    }

    @Test
    void marksProvisionalIndicatorsInJsonAndTable() {
        run("extract", "--org", "lbbd", SeedData.update(SeedData.Q2_2017_18).toString());
        JsonNode observations = JsonMapper.builder().build().readTree(stdout()).get("documents").get(0).get("observations");
        int provisional = 0;
        for (JsonNode o : observations) {
            String indicator = o.get("indicator").asString(null);
            assertThat(o.get("provisional").asBoolean()).as("%s", indicator).isEqualTo(indicator != null && indicator.startsWith("p_"));
            provisional += o.get("provisional").asBoolean() ? 1 : 0;
        }
        assertThat(provisional).isPositive();

        out.reset();
        run("extract", "--org", "lbbd", "--format", "table", SeedData.update(SeedData.Q2_2017_18).toString());
        assertThat(stdout()).contains(" provisional)").contains("(provisional)");
    }

    @Test
    void takesOrganisationFromFileNameWhenNotGiven() {
        run("extract", SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(stdout()).contains("\"organisation\" : \"lbbd\"");
    }

    @Test
    void printsAlignedTableForPeople() {
        int code = run("extract", "--format", "table", SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(code).isZero();
        assertThat(stdout()).contains("lbbd-2019-20-q2.txt  lbbd  Q2 2019/20")
                .containsPattern("Local lottery ticket sales +650 tickets per week +Q2 2019/20 +actual");
    }

    /** Issue 13: lines of 148 characters wrapped in a terminal. */
    @Test
    void tableLinesFitAHundredColumns() {
        run("extract", "--format", "table", SeedData.update(SeedData.Q2_2017_18).toString(), SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(stdout().lines()).hasSizeGreaterThan(100).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    }

    /** Issue 13: "100000000 GBP" and "7587 count". */
    @Test
    void tableWritesMoneyInPoundsAndBareNumbersWithoutAUnit() {
        run("extract", "--format", "table", SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(stdout()).doesNotContain("GBP").doesNotContainPattern("\\d count")
                .containsPattern("Value of community gran\\S* +just over £115,000 ")
                .containsPattern(" {2}£7,400,000 ")
                .containsPattern(" {2}about £5,000,000 ")
                .containsPattern(" {2}7 {2,}Q2 2019/20");
    }

    /** Issue 13: a candidate printed alone ("£240,000") says nothing of what it counts. */
    @Test
    void tablePrintsEachCandidateWithTheWordsAroundIt() {
        run("extract", "--format", "table", SeedData.update(SeedData.Q2_2019_20).toString());

        List<String> lines = stdout().lines().toList();
        int row = lines.indexOf(lines.stream().filter(l -> l.matches("\\(candidate\\) +£25,000 .*")).findFirst().orElseThrow());
        assertThat(lines.get(row + 1)).startsWith("    ").contains("provide £25k over two years as match funding");
        String matched = lines.stream().filter(l -> l.startsWith("Local lottery ticket sales")).findFirst().orElseThrow();
        assertThat(lines.get(lines.indexOf(matched) + 1)).doesNotStartWith("    ");
    }

    @Test
    void printsCsvWithOneRecordPerObservation() {
        run("extract", "--format", "csv", SeedData.update(SeedData.Q2_2019_20).toString());

        String[] lines = stdout().split("\r\n");
        assertThat(lines[0]).isEqualTo("source,organisation,indicator,provisional,value,unit,qualifier,kind,scope,period_start,period_end,text,"
                + "sentence,theme,accountability,director,derivation");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("lbbd-2019-20-q2.txt,lbbd,licence_applications,false,7000,applications,over,actual,own"));
    }

    @Test
    void rejectsBadFileByNameAndKeepsTheGoodOnes(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("notes-2019.txt");
        Files.writeString(bad, "These are meeting notes, not an update.\n");

        int code = run("extract", "--format", "table", bad.toString(), SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(code).isEqualTo(Cli.DATA);
        assertThat(stderr()).contains("error: notes-2019.txt: no table header or title naming the reporting quarter");
        assertThat(stdout()).contains("lbbd-2019-20-q2.txt");
    }

    @Test
    void refusesUnknownFormatWithUsage() {
        assertThat(run("extract", "--format", "xml", "x.txt")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--format must be json, csv or table");
    }

    @Test
    void refusesMissingFileClearly() {
        assertThat(run("extract", "--org", "x", "no-such-file.txt")).isEqualTo(Cli.DATA);
        assertThat(stderr()).contains("no-such-file.txt: cannot read the file");
    }
}
