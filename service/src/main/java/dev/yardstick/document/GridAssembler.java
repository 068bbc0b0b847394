package dev.yardstick.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the rows of a Word or PDF update table into an {@link UpdateDocument}, by the same
 * rules as the text export: the first row naming a quarter is the header (and gives the column
 * roles), repeats of it are dropped, a row with one filled cell that reads as a heading (or is
 * merged across the table) opens a theme, a row with no accountability or director continues
 * the row before it (a row cut by a page break), and every other row is a row.
 */
final class GridAssembler {

    private final String source;
    private final String format;

    GridAssembler(String source, String format) {
        this.source = source;
        this.format = format;
    }

    /**
     * @param context the text outside the tables (title, notes), top to bottom
     * @param flow    the whole file's text in reading order, each paragraph outside the tables a
     *                line and each table row a line of tab-separated cells: a report with no update
     *                table is read from it as from a text export
     */
    UpdateDocument assemble(String organisation, List<GridRow> grid, List<String> context, List<String> flow) {
        if (grid.isEmpty()) {
            return TextExportReader.withoutQuarterHeader(source, organisation, flow.toArray(new String[0]))
                    .orElseThrow(() -> new DocumentRejectedException(source, "the " + format + " file has no table and names no "
                            + "period; a quarterly update is a table of Key Accountability | Strategic Director | Quarter N YYYY/YY "
                            + "Update rows, or a report whose title names its quarter"));
        }
        int headerIndex = -1;
        FinancialQuarter quarter = null;
        List<String> asText = Arrays.asList(lines(context, grid)); // the text around the tables, then each row
        for (int i = 0; i < grid.size() && quarter == null; i++) {
            Optional<FinancialQuarter> q = HeaderLine.quarterOf(grid.get(i).asTextLine().strip(), asText.subList(0, context.size() + i));
            if (q.isPresent()) {
                quarter = q.get();
                headerIndex = i;
            }
        }
        if (quarter == null) {
            Optional<UpdateDocument> report = TextExportReader.withoutQuarterHeader(source, organisation, flow.toArray(new String[0]));
            if (report.isPresent()) {
                return report.get(); // a performance report whose title names the quarter, with figures tables
            }
            throw new DocumentRejectedException(source, "no table header naming the reporting quarter was found in the " + format
                    + " file (expected a header row such as 'Key Accountability | Strategic Director | Quarter 2 2019/20 Update'); "
                    + "name the quarter in the update column's heading and upload it again");
        }
        List<String> notes = new ArrayList<>(context);
        for (int i = 0; i < headerIndex; i++) {
            notes.add(grid.get(i).asTextLine().replace('\t', ' ').strip());
        }
        int columnsRow = columnHeadings(grid, headerIndex);
        for (int i = headerIndex; i < columnsRow; i++) {
            notes.add(grid.get(i).asTextLine().replace('\t', ' ').strip());
        }
        headerIndex = columnsRow;
        Rows rows = new Rows(quarter, ColumnRoles.of(grid.get(headerIndex)), Text.normalise(grid.get(headerIndex).asTextLine()));
        for (int i = headerIndex + 1; i < grid.size(); i++) {
            rows.accept(grid.get(i));
        }
        List<UpdateRow> built = rows.finish();
        if (built.isEmpty()) {
            throw new DocumentRejectedException(source, "the header names " + quarter.label()
                    + " but no table rows follow it; check that the update is a table with one row per key accountability");
        }
        return new UpdateDocument(source, organisation, quarter, built, rows.issues, notes);
    }

    /** The file as a text export would give it: the text around the tables, then each table row as tab-separated cells. */
    private static String[] lines(List<String> context, List<GridRow> grid) {
        List<String> lines = new ArrayList<>(context.size() + grid.size());
        context.forEach(c -> lines.add(c.replace('\n', ' ')));
        grid.forEach(row -> lines.add(row.asTextLine().strip().replace('\n', ' ')));
        return lines.toArray(new String[0]);
    }

    /**
     * The row naming the columns: the quarter's row itself, unless that is a title merged across
     * the table ("Corporate Plan: Quarter 2 2019/20 Update") above a row of column headings.
     */
    private static int columnHeadings(List<GridRow> grid, int quarterRow) {
        if (filledCells(grid.get(quarterRow)) >= 2) {
            return quarterRow;
        }
        for (int i = quarterRow + 1; i < Math.min(grid.size(), quarterRow + 3); i++) {
            GridRow row = grid.get(i);
            if (filledCells(row) >= 2 && row.cells().stream().allMatch(c -> c.isEmpty() || HeaderLine.isHeaderWording(c.text())
                    || HeaderLine.quarterOf(c.text()).isPresent())) {
                return i;
            }
        }
        return quarterRow;
    }

    private static int filledCells(GridRow row) {
        return (int) row.cells().stream().filter(c -> !c.isEmpty()).count();
    }

    /** The row being built, and what the assembler kept but could not place. */
    private static final class Rows {
        private final FinancialQuarter quarter;
        private final ColumnRoles roles;
        private final List<UpdateRow> rows = new ArrayList<>();
        private final List<ReadIssue> issues = new ArrayList<>();
        private String theme = "";
        private Builder current;
        /** A page (or table) began and no row has been read on it yet: the next row may continue a cut one. */
        private boolean breakPending;
        /** The column headings as one line, to know them when they repeat without the quarter. */
        private final String headings;

        Rows(FinancialQuarter quarter, ColumnRoles roles, String headings) {
            this.quarter = quarter;
            this.roles = roles;
            this.headings = headings;
        }

        void accept(GridRow row) {
            breakPending |= row.afterPageBreak();
            String line = row.asTextLine().strip(); // a row of empty leading cells is no header
            Optional<FinancialQuarter> header = HeaderLine.quarterOf(line);
            if (header.isPresent()) {
                if (!header.get().equals(quarter)) {
                    issues.add(new ReadIssue(row.position(), Text.normalise(line), "repeated header names " + header.get().label()
                            + " but the document began as " + quarter.label() + "; rows kept under " + quarter.label()));
                }
                return;
            }
            if (Text.normalise(line).equals(headings)) {
                return;
            }
            RoleCells cells = RoleCells.of(row, roles);
            if (cells.isBlank()) {
                return;
            }
            boolean afterPageBreak = breakPending;
            breakPending = false;
            Optional<String> heading = cells.heading(row);
            if (heading.isPresent()) {
                flush();
                theme = heading.get();
                return;
            }
            // a row cut by a page break: the accountability unfinished, or a lead cell every row fills left empty
            boolean continuesAccountability = current != null && !cells.accountability.isEmpty()
                    && cells.director.isEmpty() && !current.accountabilityComplete()
                    && (!Character.isUpperCase(cells.accountability.charAt(0)) || afterPageBreak && roles.hasDirector())
                    || afterPageBreak && current != null && (current.lacksLeadCellsOf(cells) || current.directorUnfinished());
            if (cells.accountability.isEmpty() && cells.director.isEmpty() || continuesAccountability) {
                if (current == null) {
                    issues.add(new ReadIssue(row.position(), Text.normalise(String.join(" ", cells.update)),
                            "text before the first table row; it belongs to no key accountability"));
                    return;
                }
                current.appendAccountability(cells.accountability);
                current.appendDirector(cells.director);
                current.addUpdate(cells.update, afterPageBreak);
                return;
            }
            flush();
            current = new Builder(row.position(), cells.number, theme, cells.accountability, cells.director);
            current.hasStatus = cells.hasStatus;
            current.addUpdate(cells.update, false);
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

    private static final class Builder {
        private final int position;
        private final String number;
        private final String theme;
        private final StringBuilder accountability;
        private String director;
        private final PageBreakStitcher update = new PageBreakStitcher();
        private boolean hasStatus;

        Builder(int position, String number, String theme, String accountability, String director) {
            this.position = position;
            this.number = number;
            this.theme = theme;
            this.accountability = new StringBuilder(accountability);
            this.director = director;
        }

        /** The other row has no number, director or status where this one has: it is this row's rest. */
        boolean lacksLeadCellsOf(RoleCells other) {
            return number != null && other.number == null || !director.isEmpty() && other.director.isEmpty()
                    || hasStatus && !other.hasStatus;
        }

        /** "Growth &amp;" at the foot of a page: the director cell goes on over the page. */
        boolean directorUnfinished() {
            String d = director.strip();
            return d.endsWith("&") || d.endsWith("/") || d.endsWith(",") || d.endsWith(" and");
        }

        void appendDirector(String more) {
            if (!more.isEmpty()) {
                director = director.isEmpty() ? more : director + " " + more;
            }
        }

        boolean accountabilityComplete() {
            int n = accountability.length();
            return n == 0 || accountability.charAt(n - 1) == '.';
        }

        void appendAccountability(String more) {
            if (more.isEmpty()) {
                return;
            }
            if (accountability.length() > 0) {
                accountability.append(' ');
            }
            accountability.append(more);
        }

        /** Each paragraph (and each line break inside one) goes to the stitcher as the text export's lines would. */
        void addUpdate(List<String> paragraphs, boolean afterPageBreak) {
            boolean first = true;
            for (String paragraph : paragraphs) {
                for (String line : paragraph.split("\n")) {
                    String text = Text.normalise(line);
                    if (!text.isEmpty()) {
                        update.add(text, afterPageBreak && first);
                        first = false;
                    }
                }
            }
        }

        UpdateRow build() {
            return new UpdateRow(position, number, theme, accountability.toString(), director, update.paragraphs())
                    .withListItems(update.listItems());
        }
    }
}
