package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cheap pre-checks say no more than their patterns: a search from the opening words finds
 * what the pattern's own search finds, and a month anchor is kept exactly where the month
 * pattern matches, on every line of the labelled corpora and on sentences written to trip them.
 */
class OpeningWordsTest {

    /** Every character: a filter on what follows a day's digits that leaves out no anchor with a character after it. */
    private static final String ANY_CHARACTER = java.util.stream.IntStream.range(0, 0x10000)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    static Stream<OpeningWords> searches() {
        return Stream.of(RelativeTimeScanner.SAME_LAST_YEAR, RelativeTimeScanner.LAST_YEAR, RelativeTimeScanner.PAST_YEAR, RelativeTimeScanner.THIS_YEAR,
                RelativeTimeScanner.THIS_QUARTER, RelativeTimeScanner.LAST_QUARTER, RelativeTimeScanner.IN_THE_LAST_QUARTER,
                RelativeTimeScanner.AGO, RelativeTimeScanner.YEARS_AGO, RelativeTimeScanner.MONTH_AROUND, RelativeTimeScanner.FULL_YEAR, RelativeTimeScanner.HALF_YEAR,
                LoneQuarters.LONE_QUARTER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void findsWhatThePatternFindsOnEveryLine(OpeningWords search) {
        for (String line : lines()) {
            assertThat(spans(search.matches(line, line.toLowerCase(Locale.ROOT))))
                    .as(line).isEqualTo(spans(found(search.pattern().matcher(line))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void everySearchStartsOnlyWhereAWordDoes(OpeningWords search) {
        assertThat(OpeningWords.opensWithWordBoundary(search.pattern().pattern())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "(?i)\\bthe\\s+year|year\\s+end",
            "(?i)\\b(?:a|b)|(c)",
            "x\\b|\\by",
    })
    void anAlternativeWithoutAWordBoundaryKeepsEveryOpeningTried(String regex) {
        assertThat(OpeningWords.opensWithWordBoundary(regex)).isFalse();
    }

    @Test
    void anAlternationInsideBracketsOrAClassOrEscapedIsNoNewAlternative() {
        assertThat(OpeningWords.opensWithWordBoundary("(?i)\\b(?:a|b)[|x]\\|c|\\bd")).isTrue();
    }

    @Test
    void anOpeningInsideAWordIsNotAMatchStart() {
        OpeningWords ago = RelativeTimeScanner.AGO;
        String s = "The data a year ago";

        assertThat(spans(ago.matches(s, s.toLowerCase(Locale.ROOT)))).containsExactly("9-19");
    }

    @Test
    void monthAnchorsAreWhereTheMonthPatternMatches() {
        for (String line : lines()) {
            for (int i = 0; i < line.length(); i++) {
                Matcher m = TemporalScanner.MONTH_ALONE.matcher(line).region(i, line.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                assertThat(Months.isPrefix(line, i) && Months.isNameAt(line, i)).as(line + " at " + i).isEqualTo(m.lookingAt());
            }
        }
    }

    @Test
    void digitAnchorsLeftOutByWhatFollowsThemHoldNoDate() {
        for (String line : lines()) {
            DateAnchors anchors = new DateAnchors(line);
            assertThat(spans(all(anchors.atDigitsBefore(TemporalScanner.NUMERIC_DATE, 1, 2, "/."))))
                    .as(line).isEqualTo(spans(all(anchors.atDigits(TemporalScanner.NUMERIC_DATE, 1, 2))));
            assertThat(spans(all(anchors.atDigitsBefore(TemporalScanner.YEAR_PAIR, 4, 4, "/-–"))))
                    .as(line).isEqualTo(spans(all(anchors.atDigits(TemporalScanner.YEAR_PAIR, 4, 4))));
            assertThat(spans(all(anchors.atDigitsBefore(TemporalScanner.SHORT_FY, 2, 2, "/"))))
                    .as(line).isEqualTo(spans(all(anchors.atDigits(TemporalScanner.SHORT_FY, 2, 2))));
            assertThat(spans(all(anchors.atDigitsBefore(TemporalScanner.DAY_MONTH, 1, 2, TemporalScanner.DAY_THEN_MONTH + "o"))))
                    .as(line).isEqualTo(spans(all(anchors.atDigits(TemporalScanner.DAY_MONTH, 1, 2))));
            assertThat(spans(all(anchors.atMonthsOrDays(TemporalScanner.MONTH_RANGE, TemporalScanner.DAY_THEN_MONTH))))
                    .as(line).isEqualTo(spans(all(anchors.atMonthsOrDays(TemporalScanner.MONTH_RANGE, ANY_CHARACTER))));
        }
    }

    private static List<MatchResult> all(DateAnchors.Finder f) {
        List<MatchResult> out = new ArrayList<>();
        while (f.next()) {
            out.add(f.matcher().toMatchResult());
        }
        return out;
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                "THE SAME QUARTER LAST YEAR, a year ago, One Year Earlier, 12 months before, twelve  months earlier",
                "The full year; YEAR-END; the end of the financial year; Annual target; annual budgets; outturn",
                "By mid-year, at the half year point, in the first half of the financial year, Q3, qtr 2, Quarter 4",
                "the third quarter, 2nd quarter, 4 th quarter of last year, this quarter, the previous quarter",
                "\u212Aelvin \u0130stanbul the same period last year, Sept. 2019, Sept, Septic, Market, Mayor, May, June.",
                "March2019 Dec., Decision, December's figures, Nov-22, Octopus, Oct",
                "on 1st April 2019, 2 nd May, 3 of June, 4 July to 9 August, 12/03/2019, 1.4.19, 2019 / 20, 2019-2021, 19/20, 12 -13"));
        lines.addAll(CorpusLines.all());
        return lines;
    }

    private static List<MatchResult> found(Matcher m) {
        List<MatchResult> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }
}
