package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The clause patterns, tried only where a match can start, find what a search of every position finds. */
class ClauseSubjectsTest {

    /** Every line cut before each of its digits, as the text before a value, and a few written for the edge cases. */
    private static List<String> textsBeforeValues() {
        List<String> lines = new ArrayList<>(List.of("Short-term absence made up 2.4% and long-term absence ",
                "Short-term absence made up 2.4% AND Long-term absence for about £", "Sickness was 3%, while staff turnover was ",
                "Of the initiatives, 97% were on target; and compliance with the register reached ", "brand 7 and band ",
                "sandbox 4 BUT bandwidth ", "Cases rose to 12 , whereas ", "Waiting times fell to 4 weeks,\tand the backlog ",
                "ǅand 5 and Ñandu ", ""));
        for (String line : CorpusLines.all()) {
            for (int i = 0; i < line.length(); i++) {
                if (Character.isDigit(line.charAt(i)) && (i == 0 || !Character.isDigit(line.charAt(i - 1)))) {
                    lines.add(line.substring(0, i));
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(10_000); // the corpora were found: the comparison is not an empty one
        return lines;
    }

    @Test
    void aGappedClauseIsFoundWhereASearchOfEveryPositionFindsItOnEveryCorpusLine() {
        for (String before : textsBeforeValues()) {
            int from = Math.max(0, before.length() - ClauseSubjects.GAPPED_REACH);
            Matcher everywhere = ClauseSubjects.GAPPED.matcher(before).region(from, before.length()).useTransparentBounds(true);
            Matcher anchored = ClauseSubjects.GAPPED.matcher(before).useTransparentBounds(true);
            boolean found = everywhere.find();

            assertThat(ClauseSubjects.findGapped(anchored, before, from)).as(before).isEqualTo(found);
            if (found) {
                assertThat(anchored.start()).as(before).isEqualTo(everywhere.start());
                assertThat(anchored.group(1)).as(before).isEqualTo(everywhere.group(1));
            }
        }
    }

    @Test
    void theLastClauseJoinIsWhereRepeatedSearchesEndOnEveryCorpusLine() {
        for (String before : textsBeforeValues()) {
            Matcher m = ClauseSubjects.CLAUSE_JOIN.matcher(before)
                    .region(Math.max(0, before.length() - ClauseSubjects.JOINED_REACH), before.length()).useTransparentBounds(true);
            int end = -1;
            while (m.find()) {
                end = m.end();
            }

            assertThat(ClauseSubjects.lastJoinEnd(before)).as(before).isEqualTo(end);
        }
    }
}
