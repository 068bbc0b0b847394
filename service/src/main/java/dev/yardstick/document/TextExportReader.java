package dev.yardstick.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text export of an update table (tab-separated cells, one table row per line, the
 * header repeated at every page break) into an {@link UpdateDocument}; a report without such a
 * table, whose title names its quarter, is read by {@link FreeLayoutReader}.
 */
public final class TextExportReader {

    public UpdateDocument read(String source, String organisation, byte[] bytes) {
        return read(source, organisation, TextDecoder.decode(source, bytes));
    }

    public UpdateDocument read(String source, String organisation, String text) {
        if (text.isBlank()) {
            throw new DocumentRejectedException(source, "the file has no text; export the update table as text and try again");
        }
        String[] lines = lines(Text.plainHyphens(text));
        if (text.indexOf('\t') < 0) {
            for (int i = 0; i < lines.length; i++) {
                lines[i] = Text.alignedColumnsAsTabs(lines[i]); // a layout export (pdftotext -layout) lines its columns up with spaces
            }
        }
        int headerIndex = -1;
        FinancialQuarter quarter = null;
        for (int i = 0; i < lines.length && quarter == null; i++) {
            Optional<FinancialQuarter> q = HeaderLine.quarterOf(lines[i], Arrays.asList(lines).subList(0, i));
            if (q.isPresent()) {
                quarter = q.get();
                headerIndex = i;
            }
        }
        if (quarter == null) {
            return withoutQuarterHeader(source, organisation, lines).orElseThrow(() -> new DocumentRejectedException(source,
                    "no table header or title naming the reporting quarter was found (expected a line such as "
                    + "'Key Accountability<TAB>Strategic Director<TAB>Quarter 2 2019/20 Update', or a title such as "
                    + "'Quarter 2 2019/20 Performance Report'); check that this is a quarterly update exported as text"));
        }
        return table(source, organisation, lines, headerIndex, quarter);
    }

    /**
     * A file whose lines hold no header naming a quarter: a report in the council's own layout
     * whose title or opening names its period ({@link FreeLayoutReader}), a standing page of
     * indicators and results, or an update table whose header names no quarter (both read
     * undated); empty when it is none of these. Word and PDF files come here with their text in
     * reading order, each table row a line of tab-separated cells, so all three formats are read
     * by the same rules.
     */
    static Optional<UpdateDocument> withoutQuarterHeader(String source, String organisation, String[] lines) {
        Optional<UpdateDocument> free = FreeLayoutReader.read(source, organisation, lines);
        if (free.isPresent()) {
            return free;
        }
        int headerIndex = undatedHeader(lines);
        if (headerIndex < 0) {
            return FreeLayoutReader.undated(source, organisation, lines); // a standing page of indicators and results
        }
        UpdateDocument undated = table(source, organisation, lines, headerIndex, UpdateDocument.UNDATED);
        List<ReadIssue> issues = new ArrayList<>(undated.issues());
        issues.add(0, new ReadIssue(headerIndex + 1, Text.normalise(lines[headerIndex]), "no title, heading or date names the "
                + "period this update reports; its values keep the periods their own words give and have none otherwise, and "
                + "it cannot be ingested until its title or header names the quarter (e.g. 'Quarter 2 2019/20 Update')"));
        return Optional.of(UpdateDocument.undated(source, organisation, undated.rows(), issues, undated.notes()));
    }

    private static UpdateDocument table(String source, String organisation, String[] lines, int headerIndex, FinancialQuarter quarter) {
        Assembly assembly = new Assembly(quarter, TableLayout.of(lines[headerIndex]), Text.normalise(lines[headerIndex]));
        for (int i = headerIndex + 1; i < lines.length; i++) {
            assembly.accept(i + 1, lines[i], i + 1 < lines.length ? lines[i + 1] : "");
        }
        List<UpdateRow> rows = assembly.finish();
        if (rows.isEmpty()) {
            throw new DocumentRejectedException(source, "the header names " + quarter.label()
                    + " but no table rows follow it; check that the export kept the table's tab-separated cells");
        }
        return new UpdateDocument(source, organisation, quarter, rows, assembly.issues, assembly.notes);
    }

    /** The index of the header of an update table that names no quarter ("Service area<TAB>Lead<TAB>Performance Update"), or -1. */
    private static int undatedHeader(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (HeaderLine.isUndatedTableHeader(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at CR LF, CR, LF and form feed (page breaks in some exports). */
    private static String[] lines(String text) {
        List<String> out = new ArrayList<>(text.length() / 80 + 1);
        int start = 0;
        // the breaks are found by string search, which is much faster than reading each character
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        int ff = text.indexOf('\f');
        while (true) {
            lf = lf >= 0 && lf < start ? text.indexOf('\n', start) : lf;
            cr = cr >= 0 && cr < start ? text.indexOf('\r', start) : cr;
            ff = ff >= 0 && ff < start ? text.indexOf('\f', start) : ff;
            int i = first(first(lf, cr), ff);
            if (i < 0) {
                break;
            }
            out.add(text.substring(start, i));
            if (i == cr && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** The smaller of two offsets, -1 meaning none. */
    private static int first(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Walks the lines after the first header, building rows. */
    private static final class Assembly {
        private final FinancialQuarter quarter;
        private final TableLayout layout;
        /** The header as first written: a header without its year repeats at page breaks as it was. */
        private final String headerText;
        /** Only a line of about the header's length is compared with it: most lines are rows, and normalising each costs. */
        private final int headerLength;
        private static final int HEADER_SLACK = 8;
        private final List<UpdateRow> rows = new ArrayList<>();
        private final List<ReadIssue> issues = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String theme = "";
        private RowBuilder current;
        private boolean afterHeader;

        Assembly(FinancialQuarter quarter, TableLayout layout, String headerText) {
            this.quarter = quarter;
            this.layout = layout;
            this.headerText = headerText;
            this.headerLength = headerText.length();
        }

        void accept(int lineNo, String line, String nextLine) {
            Optional<FinancialQuarter> header = HeaderLine.quarterOf(line);
            if (header.isPresent()) {
                if (!header.get().equals(quarter)) {
                    issues.add(new ReadIssue(lineNo, Text.normalise(line), "repeated header names " + header.get().label()
                            + " but the document began as " + quarter.label() + "; rows kept under " + quarter.label()));
                }
                afterHeader = true;
                return;
            }
            if (Math.abs(line.length() - headerLength) <= HEADER_SLACK && line.indexOf('\t') >= 0 && Text.normalise(line).equals(headerText)) {
                afterHeader = true;
                return;
            }
            TableLine parsed = TableLine.parse(line, afterHeader, layout);
            switch (parsed.shape()) {
                case BLANK, PAGE_NUMBER -> {
                    return;
                }
                case THEME -> {
                    flush();
                    theme = parsed.accountability();
                }
                case ROW -> {
                    flush();
                    current = new RowBuilder(lineNo, parsed.number(), theme, parsed.accountability(), parsed.director());
                    current.addUpdate(parsed.update(), false);
                }
                case CONTINUATION -> continuation(lineNo, line, nextLine, parsed);
            }
            afterHeader = false;
        }

        private void continuation(int lineNo, String line, String nextLine, TableLine parsed) {
            boolean freeText = line.indexOf('\t') < 0;
            if (freeText && Text.looksLikeHeading(parsed.update())
                    && TableLine.parse(nextLine, false, layout).shape() == TableLine.Shape.ROW) {
                flush();
                theme = parsed.update();
                return;
            }
            boolean startsRow = !parsed.accountability().isEmpty() && !parsed.update().isEmpty()
                    && Character.isUpperCase(parsed.accountability().charAt(0));
            if (current == null && startsRow) {
                // a table that leaves the director cell empty: Accountability<TAB><TAB>Update
                current = new RowBuilder(lineNo, null, theme, parsed.accountability(), "");
                current.addUpdate(parsed.update(), false);
                return;
            }
            if (current == null) {
                if (freeText && rows.isEmpty()) {
                    notes.add(Text.normalise(line)); // a subtitle or note under the header
                } else {
                    issues.add(new ReadIssue(lineNo, Text.normalise(line),
                            "text before the first table row; it belongs to no key accountability"));
                }
                return;
            }
            if (!parsed.accountability().isEmpty()) {
                boolean newRow = current.accountabilityComplete() || current.director.isEmpty() && !parsed.update().isEmpty();
                if (newRow && Character.isUpperCase(parsed.accountability().charAt(0))) {
                    flush();
                    current = new RowBuilder(lineNo, null, theme, parsed.accountability(), "");
                } else {
                    current.appendAccountability(parsed.accountability());
                }
            }
            current.addUpdate(parsed.update(), afterHeader);
        }

        private void flush() {
            if (current != null) {
                rows.add(current.build());
                current = null;
            }
        }

        List<UpdateRow> finish() {
            flush();
            return NameCleaner.clean(rows);
        }
    }

    private static final class RowBuilder {
        private final int line;
        private final String number;
        private final String theme;
        private final StringBuilder accountability;
        private final String director;
        private final PageBreakStitcher update = new PageBreakStitcher();

        RowBuilder(int line, String number, String theme, String accountability, String director) {
            this.line = line;
            this.number = number;
            this.theme = theme;
            this.accountability = new StringBuilder(accountability);
            this.director = director;
        }

        boolean accountabilityComplete() {
            int n = accountability.length();
            return n > 0 && accountability.charAt(n - 1) == '.';
        }

        void appendAccountability(String more) {
            if (accountability.length() > 0) {
                accountability.append(' ');
            }
            accountability.append(more);
        }

        void addUpdate(String text, boolean afterPageBreak) {
            if (!text.isEmpty()) {
                update.add(text, afterPageBreak);
            }
        }

        UpdateRow build() {
            return new UpdateRow(line, number, theme, accountability.toString(), director, update.paragraphs())
                    .withListItems(update.listItems());
        }
    }
}
