package dev.yardstick.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.TextExportReader;
import dev.yardstick.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores extraction on every labelled corpus of other councils' updates with the reference rule
 * ({@link CorpusScore}), prints the figures, and holds them above floors set a little below what
 * was measured when they were last raised. Raise a floor when extraction improves.
 */
class LabelledCorporaTest {

    private static final Path CORPORA = Path.of("src/test/resources/corpora");
    /** Sets nobody has studied: only their summary figures may be read, so their misses are kept out of the output. */
    private static final java.util.Set<String> HELD_OUT = java.util.Set.of("councils-i", "councils-l", "councils-o", "councils-x",
            "councils-y", "councils-aa", "councils-ae", "councils-ag", "councils-ao");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // corpus,    recall floor, precision floor, most non-measurements emitted (share), most documents refused,
            //            own values with an indicator (floor), grouping pairwise precision and recall (floors)
            // (grouping precision 0.81 -> 0.77 when "accounts for £2.121m of the pressure" came to be found as the
            // year's forecast: found, but it shares the overall forecast variance's indicator, which its label keeps apart)
            "dev,         0.91,         0.91,            0.04,                                   0, 0.99, 0.75, 0.71",
            "councils-a,  0.92,         0.93,            0.04,                                   0, 0.94, 0.91, 0.91",
            "councils-b,  0.96,         0.92,            0.10,                                   0, 0.99, 0.87, 0.87",
            // labelled as a held-out set: scored first at 0.649 / 0.615 (recall / precision) and 0.676 / 0.649 with the rules
            // written before anyone read its output; its misses were then studied, so it is no longer independent
            // (grouping recall 0.88 -> 0.83 when the second object of "aims for" came to be found as a target: found,
            // its indicator not grouped with its pair's)
            "councils-c,  0.94,         0.92,            0.04,                                   0, 0.99, 0.94, 0.81",
            // labelled as a held-out set after the rules of its release were written, scored at 0.863 / 0.830 with grouping
            // 0.600 / 0.652; its wrong merges were then studied (satisfaction questions, long-term directions), so its
            // grouping figures are no longer independent
            "councils-d,  0.87,         0.92,            0.04,                                   0, 0.96, 0.98, 0.90",
            // labelled as a held-out set (nine updates, eight councils, both layouts) and scored once before its misses
            // were read: 0.811 / 0.682, non-measurements 19 of 102, named 0.973, grouping 0.571 / 0.606; its misses were then
            // studied (numbered indicators, library exclusions, counts per head), so it is no longer independent
            "councils-e,  0.95,         0.94,            0.04,                                   0, 0.96, 0.95, 0.84",
            // labelled as a held-out set (ten updates, eight councils) and scored once before its misses were read: 0.595 /
            // 0.581 with one document refused (a year-end report), grouping 0.500 / 0.235; its misses were then studied
            // (report titles at the year's end or middle, the whole a share is of, sizes of the plan, comparison bases)
            "councils-f,  0.89,         0.85,            0.07,                                   0, 0.99, 0.86, 0.76",
            // labelled as a held-out set and scored before its misses were read: 0.710 / 0.747 with one document refused on
            // the code before it arrived, 0.750 / 0.750 (grouping 0.537 / 0.282) with the rules of its first release; its
            // wrong merges and split indicators were then studied (rows titled by a measure, benefit processing times), so
            // its grouping figures are no longer independent
            "councils-g,  0.86,         0.87,            0.05,                                   0, 0.99, 0.94, 0.86",
            // labelled as a held-out set by someone who never ran Yardstick (ten updates, six councils); first scored on the code before
            // it arrived at 0.433 / 0.709 with three documents refused (a monthly report, and two that failed on "Quarter
            // Two" written in a sentence); with those fixed and the rows titled by a measure, 0.711 / 0.719, named 0.880,
            // grouping 0.440 / 0.333; its misses were then studied (monthly reports, budget variances, "Quarter Two" in
            // prose, clause subjects, status labels), so it is no longer independent
            // (grouping recall 0.500 -> 0.476 when "That is a big step up from the 48% ..." began to be read as the earlier
            // side of the comparison: one more value found, whose pair is not yet grouped)
            "councils-h,  0.91,         0.88,            0.07,                                   0, 0.92, 0.69, 0.54",
            // held out: labelled by someone who never ran Yardstick (ten updates, seven councils) and never studied: only its
            // summary figures were read. 0.814 / 0.782, grouping 0.760 / 0.613 on the code before it arrived (bdea478);
            // 0.845 / 0.812, named 0.972, grouping 0.768 / 0.613 when its floors were first set
            "councils-i,  0.85,         0.84,            0.04,                                   0, 0.96, 0.76, 0.59",
            // labelled as a held-out set by someone who never ran Yardstick (ten updates, seven councils); first scored on the
            // code before it arrived (7e64a91) at 0.726 / 0.803, one document refused (a year-end report titled by its
            // outturn), grouping 0.290 / 0.409; its misses were then studied (outturn titles, year-end figures tables,
            // durations, status bands, connectives), so it is no longer independent
            "councils-j,  0.91,         0.89,            0.03,                                   0, 0.97, 0.34, 0.51",
            // labelled as a held-out set (ten updates, nine councils, several figures tables) and first scored at 0.352 / 0.846
            // with three documents refused (a monthly position, a months-so-far title, an annual benchmarking summary); then
            // studied. Its labeller dates every column of a table of years as that year's actual where the other sets make
            // the earlier columns priors, which costs it about 30 values; its grouping is poor (one library indicator for
            // both sexes' healthy life expectancy, status counts across two reports)
            "councils-k,  0.70,         0.69,            0.04,                                   0, 0.87, 0.15, 0.20",
            // held out: labelled by someone who never ran Yardstick (nine updates, five councils), never studied: only its
            // summary figures were read. 0.835 / 0.780, grouping 0.595 / 0.500 on the code before it arrived (7e64a91);
            // 0.847 / 0.791, named 0.985, grouping 0.590 / 0.489 when its floors were first set
            "councils-l,  0.84,         0.81,            0.09,                                   0, 0.97, 0.55, 0.46",
            // labelled as a held-out set in the councils' own layouts (ten documents, seven councils: committee reports with
            // front matter, standing web pages, tables of years with actual and target columns); first scored on the code
            // before it arrived (782ef02) at 0.242 / 0.705 with five documents refused; then studied (undated reports,
            // stacked headings, commentary cells, paragraph numbers, fractions), so it is no longer independent
            "councils-m,  0.94,         0.89,            0.08,                                   0, 0.99, 0.97, 0.74",
            // labelled as a held-out set in the councils' own layouts (nine documents, eight councils: a contents page, a
            // news release, a review of a plan year, update tables); first scored on 782ef02 at 0.384 / 0.359 with three
            // documents refused; then studied (opening paragraphs that name the period, contents, rows named "Target",
            // what a report "states that"), so it is no longer independent
            // (named 0.84 -> 0.82 and grouping recall 0.40 -> 0.36 when more of its values came to be found, not all of
            // them named or grouped with their pairs)
            "councils-n,  0.75,         0.79,            0.04,                                   0, 0.82, 0.48, 0.36",
            // held out: labelled in the councils' own layouts by someone who never ran Yardstick (ten documents, seven
            // councils), never studied: only its summary figures were read. 0.485 / 0.706 with three documents refused on
            // the code before this release's reader work (782ef02); 0.768 / 0.800, none refused, when its floors were first set
            // (grouping precision 0.35 -> 0.32 when four more of its values came to be found)
            "councils-o,  0.82,         0.87,            0.04,                                   0, 0.94, 0.32, 0.57",
            // labelled as a held-out set (ten documents, seven councils, half of it one adult social care table with England
            // averages); first scored on 782ef02 at 0.524 / 0.667 with two documents refused, then 0.619 / 0.650 with one
            // refused on this release's code before it was studied (tables of years, comparators' columns, status counts,
            // datelines), so it is no longer independent
            // (own values named 0.98 -> 0.97 and grouping recall 0.88 -> 0.86 when "a 17% increase on the 24 weeks it
            // took in 2014/15" came to be found: its earlier side is named from the change's words, not grouped with its pair)
            "councils-p,  0.90,         0.87,            0.05,                                   0, 0.95, 0.60, 0.83",
            // labelled as a held-out set by someone who never ran Yardstick (ten documents, eight councils, both styles):
            // 0.662 / 0.696 on 782ef02, 0.717 / 0.707 on cee20dd; then studied (a measure's results listed a period to a
            // line, titles naming their months, bracketed comparatives), so it is no longer independent
            "councils-q,  0.86,         0.89,            0.07,                                   0, 0.94, 0.55, 0.76",
            // labelled as a held-out set, mostly update tables (ten documents, six councils); first scored on cee20dd at
            // 0.712 / 0.740, then studied (league positions: "17th of 22", "came 5th", "6th in Wales")
            // (grouping precision 0.485 -> 0.447 when two sickness figures of one sentence, one the council's and one a
            // directorate's, came to be found as late actuals: found, but grouped as one indicator)
            // (grouping recall 0.567 -> 0.528 when a derived earlier value, "4.1% more than at the end of March 2018", was found)
            "councils-r,  0.90,         0.90,            0.03,                                   0, 0.86, 0.45, 0.50",
            // labelled as a held-out set in the councils' own layouts (ten documents, eight councils); first scored on
            // cee20dd at 0.638 / 0.638, then studied
            // (grouping recall 0.79 -> 0.74 when more of its values came to be found)
            // (grouping precision 0.36 -> 0.33 when nine figures of a budget monitor's table came to be found as the year's
            // forecasts: found, several of them sharing one provisional indicator)
            "councils-s,  0.85,         0.83,            0.07,                                   0, 0.93, 0.31, 0.78",
            // labelled as a held-out set, mostly update tables (ten documents, nine councils); first scored on 2aa80a9 at
            // 0.616 / 0.555, then studied
            // (grouping 0.54 / 0.52 -> 0.51 / 0.48 when six more of its values came to be found)
            "councils-t,  0.92,         0.87,            0.08,                                   0, 0.95, 0.51, 0.48",
            // labelled as a held-out set in the councils' own layouts (eight documents, six councils); first scored on
            // 2aa80a9 at 0.438 / 0.570 with two news releases refused, then studied (a release dated only by the dates it
            // names, tables of years down the side, a total beside a measure's parts)
            // (grouping 0.51 / 0.75 -> 0.44 / 0.69 when sixteen more of its values came to be found: a release's
            // school results, dated by the school year after the one it compares with)
            "councils-u,  0.90,         0.91,            0.06,                                   0, 0.84, 0.44, 0.69",
            // labelled as a held-out set, mostly update tables (ten documents, eight councils); first scored on cee20dd at
            // 0.600 / 0.647 with one document refused and on this release's rules at 0.624 / 0.619 with none, then studied
            "councils-v,  0.82,         0.82,            0.06,                                   0, 0.95, 0.40, 0.80",
            // labelled as a held-out set in the councils' own layouts (ten documents, eight councils); first scored on
            // cee20dd at 0.527 / 0.539 with one document refused and on this release's rules at 0.649 / 0.582 with none,
            // then studied
            "councils-w,  0.73,         0.72,            0.09,                                   0, 0.92, 0.58, 0.52",
            // held out: labelled by someone who never ran Yardstick (ten update tables, six councils), never studied: only
            // its summary figures were read. cee20dd could not extract it (a figure shaped like a date threw); 0.722 / 0.707
            // on df07b01, 0.736 / 0.721 when its floors were first set
            // (grouping 0.63 / 0.48 -> 0.58 / 0.44 when a list of values under 20, "17, 16 and 15", came to be read:
            // three more of its values found, not grouped with their pairs)
            "councils-x,  0.74,         0.71,            0.14,                                   0, 0.96, 0.58, 0.44",
            // held out: labelled by someone who never ran Yardstick (ten documents, seven councils, six in their own
            // layouts: meeting pages and decision notices), never studied. 0.523 / 0.483 with one refused on cee20dd;
            // 0.532 / 0.465 on df07b01, 0.514 / 0.449 when its floors were first set
            "councils-y,  0.61,         0.52,            0.18,                                   0, 0.91, 0.59, 0.62",
            // labelled as a held-out set, update tables (ten documents, six councils); first scored on df07b01 at
            // 0.674 / 0.587 with none refused, then studied (late actuals, changes before a noun, outturn rows,
            // quarters of a named year, columns of differences from target)
            "councils-z,  0.86,         0.84,            0.04,                                   0, 0.95, 0.74, 0.65",
            // held out: labelled by someone who never ran Yardstick (ten documents, seven councils, six in their own
            // layouts), never studied: only its summary figures were read, and the recall of each document. 0.282 / 0.282
            // with none refused on df07b01 (three school-results documents score nothing: each is read for the quarter
            // its dateline names, where the labels give the academic year); 0.500 / 0.512 when its floors were first set, after
            // a rule for school-results releases written from councils-u's (studied) releases
            "councils-aa, 0.53,         0.54,            0.12,                                   0, 0.93, 0.34, 0.83",
            // labelled as a held-out set, update tables (ten documents, five councils); first scored on 80daea1 at
            // 0.735 / 0.716 with none refused, then studied (lists of targets by year, a header of period columns ending in
            // the commentary, comparators in brackets in a table's cell)
            "councils-ab, 0.88,         0.86,            0.05,                                   0, 0.99, 0.71, 0.45",
            // labelled as a held-out set (ten documents, six councils, mostly minutes and news pages, 42 values); first
            // scored on 80daea1 at 0.452 / 0.528 with one document refused (an update table naming no period at all); the
            // scorer's default output printed its misses, so it was studied (undated updates, spans of years, shares in words)
            // (recall 0.83 -> 0.81 when a variance reported at Quarter 1 came to be read as the year's forecast, as
            // budget monitoring reports it; its minutes' labeller dated it to the quarter as an actual)
            "councils-ac, 0.79,         0.73,            0.07,                                   0, 0.86, 0.26, 0.38",
            // labelled as a held-out set (eight documents, four councils, update tables); first scored on 80daea1 at
            // 0.626 / 0.609 with none refused, 0.636 / 0.613 on this release's rules before it was studied (a year-end
            // report's undated earlier sides, counts by quartile)
            // (grouping precision 0.59 -> 0.48 when a benchmarking report's table of quartile counts came to be dated to
            // its year: 24 more values found, their indicators not yet kept apart by quartile)
            "councils-ad, 0.92,         0.90,            0.07,                                   0, 0.94, 0.48, 0.68",
            // held out: labelled by someone who never ran Yardstick (seven documents, four councils, mostly their own
            // layouts), never studied: only its summary figures were read. 0.500 / 0.491 with none refused on 80daea1;
            // 0.538 / 0.523 when its floors were first set
            // (grouping recall 0.82 -> 0.71 when one more of its values came to be found, a level said to be unchanged on
            // last year: found, its indicator not grouped with its pair's)
            // (named 0.98 -> 0.96 when a fact sheet written one figure a line came to be read a fact a line: "£25,104
            // average annual income", alone, earns no provisional name, which it took from the run-on line before)
            "councils-ae, 0.53,         0.53,            0.13,                                   0, 0.95, 0.48, 0.69",
            // labelled as a held-out set in the councils' own layouts (nine documents, six councils: finance and
            // performance reports, a fact sheet, a profile, a benchmarking news page, a framework table); first scored on
            // ba721fe at 0.208 / 0.175 with none refused, then studied (source lines, datelines, contents in columns,
            // numbered paragraphs, budget variances, ranks by superlative)
            "councils-af, 0.77,         0.76,            0.11,                                   0, 0.93, 0.20, 0.39",
            // held out: labelled by someone who never ran Yardstick (nine documents, eight councils, seven in their own
            // layouts), never studied: only its summary figures were read. 0.652 / 0.652 with none refused on ba721fe
            "councils-ag, 0.64,         0.64,            0.15,                                   0, 0.92, 0.84, 0.87",
            // labelled as a held-out set in the councils' own layouts (four documents, two councils: Belfast's
            // self-assessments, a Derbyshire profile); first scored on ba721fe at 0.865 / 0.733 with none refused, then
            // studied (status bands in brackets, "beat their target")
            // (grouping 0.04 / 0.17: Belfast's counts by status share provisional names across statuses)
            "councils-ah, 0.90,         0.89,            0.11,                                   0, 0.90, 0.02, 0.14",
            // labelled as a held-out set, mostly the councils' own layouts (eight documents, seven councils: web pages,
            // scorecards exported from PDF, monitoring reports); first scored on ba721fe at 0.625 / 0.577 with none
            // refused, then studied (chart axes, labelled counts, "2024-2025", "over the same period")
            "councils-ai, 0.93,         0.88,            0.11,                                   0, 0.86, 0.19, 0.56",
            // labelled as a held-out set, mostly the councils' own layouts (ten documents, six councils: State of Ipswich
            // reports, Braintree news releases, Northern Irish and Scottish reports); first scored on ba721fe at 0.429 / 0.423
            // with none refused, then studied (a status table's count / share cells, a quarter named without a year, rating
            // scales); a dateline's year read as the financial year ending in it would have gained it 27 values and cost
            // held-out councils-ag 10, so it was not taken
            // (grouping recall 0.55 -> 0.50 when a figure after "the 11-day target, with ..." came to be found as an actual:
            // found, its indicator not grouped with its pair's)
            "councils-aj, 0.51,         0.49,            0.14,                                   0, 0.91, 0.18, 0.48",
            // labelled as a held-out set in the councils' own layouts (eight documents, five councils, four of them
            // Northern Irish self-assessments); first scored on ba721fe at 0.574 / 0.696 with one document refused (a page
            // naming no period), then studied (undated pages read, a form exported one cell a line)
            "councils-ak, 0.78,         0.79,            0.03,                                   0, 0.96, 0.55, 0.25",
            // labelled as a held-out set in the councils' own layouts (ten documents, five councils: Liverpool's and
            // Bradford's statistics pages, a Birmingham measures page, a Derry fact sheet); first scored on ba721fe at
            // 0.270 / 0.198 with none refused; studied in the next release (sources listed under a table, one figure a
            // line, a chart's labels, ordinal superlatives)
            // (named 0.86 -> 0.83 and grouping 0.52 / 0.83 -> 0.44 / 0.75 as 65 more values came to be found, among them a
            // fact sheet's pairs of Liverpool and Great Britain figures, which share a measure's name across scopes)
            "councils-al, 0.68,         0.65,            0.14,                                   0, 0.83, 0.44, 0.75",
            // labelled as a held-out set (five documents, three councils: Mid Ulster, Solihull, Plymouth); first scored on
            // ba721fe at 0.457 / 0.488 with none refused, then studied (months with their days, a column of codes)
            "councils-am, 0.77,         0.77,            0.09,                                   0, 0.93, 0.64, 0.88",
            // labelled as a held-out set in the councils' own layouts (eleven documents, five councils: needs assessment
            // pages, a fact sheet, an annual report's news release, a leader's statement, local news of corporate plans);
            // first scored on 26fe72e at 0.735 / 0.586 with none refused, then studied (paragraphs wrapped short, "a
            // further", changes restated as a share in brackets, footnote marks, land areas, mid-year estimates)
            // (named 0.87 -> 0.85 and grouping recall 0.41 -> 0.35 as six more values came to be found, among them a
            // census paragraph's and a claimant count's, whose provisional names do not pair them with their like)
            "councils-an, 0.78,         0.65,            0.17,                                   0, 0.85, 0.26, 0.35",
            // held out: labelled by someone who never ran Yardstick (eight documents, five councils, seven in their own
            // layouts: statistics pages, a ward profile, a slide deck, news), never studied: only its summary figures were
            // read. 0.704 / 0.628 with none refused on 26fe72e; 0.722 / 0.655 after the rules studied on councils-an
            "councils-ao, 0.71,         0.64,            0.09,                                   0, 0.91, 0.33, 0.28"})
    void extractionHoldsOnOtherCouncilsUpdates(String corpus, double minRecall, double minPrecision, double maxEmitted,
                                               int maxRefused, double minNamed, double minGrouping, double minGroupingRecall) {
        Path dir = CORPORA.resolve(corpus);
        IndicatorMatcher matcher = IndicatorMatcher.withProvisional(SeedData.catalogue().withLibrary(dev.yardstick.catalogue.IndicatorCatalogue.library()));
        Extractor extractor = new Extractor(matcher);
        Map<String, List<MatchedObservation>> outputs = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (Path doc : files(dir.resolve("docs"), ".txt")) {
            String code = doc.getFileName().toString().replaceFirst("\\.txt$", "");
            try {
                outputs.put(code, matcher.match(extractor.extract(new TextExportReader().read(code + ".txt", "council", Files.readAllBytes(doc)))));
            } catch (DocumentRejectedException e) {
                refused.add(code + ": " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<JsonNode> gold = new ArrayList<>();
        List<JsonNode> non = new ArrayList<>();
        for (Path f : files(dir.resolve("gold"), ".json")) {
            List<JsonNode> into = f.getFileName().toString().endsWith("-nonindicators.json") ? non : gold;
            JsonMapper.builder().build().readTree(f.toFile()).forEach(into::add);
        }
        CorpusScore score = CorpusScore.of(outputs, gold, non);

        System.out.println(corpus + ": " + score + "; documents refused " + refused.size() + "/" + (outputs.size() + refused.size()));
        System.out.println(corpus + " identity: " + score.identity());
        refused.forEach(r -> System.out.println("  refused: " + r));
        if (HELD_OUT.contains(corpus)) {
            System.out.println("  (the misses of a held-out set are not printed: reading them would make it a studied one)");
        } else {
            score.missed().forEach(m -> System.out.println("  missed: " + m));
        }
        assertThat(score.recall()).as("recall on " + corpus).isGreaterThanOrEqualTo(minRecall);
        assertThat(score.precision()).as("precision on " + corpus).isGreaterThanOrEqualTo(minPrecision);
        assertThat(score.nonMeasurementsEmitted() / (double) score.nonMeasurements()).as("non-measurements emitted on " + corpus)
                .isLessThanOrEqualTo(maxEmitted);
        assertThat(refused).as("documents refused in " + corpus).hasSizeLessThanOrEqualTo(maxRefused);
        assertThat(score.identity().named()).as("own values with an indicator in " + corpus).isGreaterThanOrEqualTo(minNamed);
        assertThat(score.identity().groupingPrecision()).as("grouping precision in " + corpus).isGreaterThanOrEqualTo(minGrouping);
        assertThat(score.identity().groupingRecall()).as("grouping recall in " + corpus).isGreaterThanOrEqualTo(minGroupingRecall);
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
