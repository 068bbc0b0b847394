package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.document.UpdateRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The period a table's row takes when its columns name none: the period a figure row's own name
 * gives ("Median annual pay - resident based (2023)"), else the one its source line gives. "Source:
 * Census 2011, % of resident population" under a table of shares dates each share to census day
 * 2011, not to the quarter the leaflet was printed in. Sources that name several periods ("ONS
 * Annual Population Survey (April-Mar 2024), ONS Claimant Count June 2024") date each row by the
 * source that names what the row measures ("Claimant count rate"), else by the first, the
 * table's main source.
 */
final class SourceLines {

    /** Words every source may use, which say nothing of what it measures. */
    private static final Set<String> GENERIC = Set.of("source", "sources", "data", "ons", "office", "national", "statistics",
            "statistical", "survey", "annual", "estimates", "estimate", "the", "and", "for", "from", "based", "rate", "per",
            "head", "number", "total", "all", "population");

    private SourceLines() {
    }

    /** The period of the row's figures that name none of their own, or null. */
    static ReportingPeriod periodOf(UpdateRow row, TemporalScanner times) {
        // a figure row's name is its measure's; a prose row's is a heading over sentences that date themselves
        // and only a date written in figures: "Last Year | 8 | 1" is a row of a comparison, dated by its table
        ReportingPeriod own = row.figures().isEmpty() || !NumberPresence.hasDigit(row.accountability()) ? null
                : onePeriod(row.accountability(), times);
        if (own != null || row.source().isEmpty()) {
            return own;
        }
        ReportingPeriod whole = onePeriod(row.source(), times);
        // which of several sources a row's figures come from its measure's name tells, which a prose row has not
        return whole != null || row.figures().isEmpty() ? whole : bySourceNamed(row.accountability(), row.source(), times);
    }

    /** The one period the text names, or null when it names none or several ("Census 2011 and 2021"). */
    private static ReportingPeriod onePeriod(String text, TemporalScanner times) {
        ReportingPeriod only = null;
        for (TimeMention m : times.scan(text)) {
            if (only != null && !only.equals(m.period())) {
                return null;
            }
            only = m.period();
        }
        return only;
    }

    /** The period of the source that shares most words with the row's name, the first source on a tie. */
    private static ReportingPeriod bySourceNamed(String name, String source, TemporalScanner times) {
        Set<String> named = words(name);
        ReportingPeriod best = null;
        int bestShared = -1;
        for (String part : parts(source)) {
            ReportingPeriod period = onePeriod(part, times);
            if (period == null) {
                continue;
            }
            int shared = 0;
            for (String w : words(part)) {
                shared += named.contains(w) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = period;
                bestShared = shared;
            }
        }
        return best;
    }

    /** The sources a line lists, split at commas and semicolons outside brackets. */
    private static List<String> parts(String source) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';')) {
                parts.add(source.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(source.substring(from));
        return parts;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 3 && !GENERIC.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
