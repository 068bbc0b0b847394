package dev.yardstick.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The source lines a report prints under a table, which say where its figures come from and so
 * of when: "Source: Census 2011", "Sources: ONS Annual Population Survey (April-Mar 2024), ONS
 * Claimant Count June 2024", or one line a source, each opening with its publisher ("ONS: Business
 * Register and Employment Survey (BRES) 2022" | "ONS: Annual Survey of Hours and Earnings (ASHE)
 * 2023"). Each row of the table keeps them all; which one dates a row is extraction's to decide.
 */
final class TableSources {

    /**
     * "Source: ONS 2013 Mid-Year Estimates", "Data source: DWP, May 2020", or a line opening with a
     * publisher of official statistics and a colon.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:(?i)(?:data\\s+)?sources?|ONS|DWP|DfE|HMRC|NISRA|Nomis|NOMIS|OHID|PHE|DLUHC|MHCLG|DCLG)\\s*[:–-]\\s*\\S");

    /** The first row the line before dated, if it was a source line, else -1. */
    private int runFrom = -1;
    /** The first row the line being read dated, if it is a source line, else -1. */
    private int dated = -1;

    static boolean isSource(String text) {
        return SOURCE_LINE.matcher(text).lookingAt();
    }

    /** Called as each line is read: a line that is no source line ends a run of them. */
    void nextLine() {
        runFrom = dated;
        dated = -1;
    }

    /**
     * Gives the source line to the rows from {@code blockStart} on (a line right under another
     * source line, to the rows that one dated) and returns where the next table's rows start.
     */
    int date(List<UpdateRow> rows, int blockStart, String text) {
        boolean continuing = runFrom >= 0;
        int from = continuing ? runFrom : blockStart;
        for (int r = from; r < rows.size(); r++) {
            UpdateRow row = rows.get(r);
            if (row.source().isEmpty()) {
                rows.set(r, row.withSource(text));
            } else if (continuing) {
                rows.set(r, row.withSource(row.source() + "; " + text));
            }
        }
        dated = from;
        return rows.size(); // "Source: Census 2011" closes the table above it; the next one names its own
    }
}
