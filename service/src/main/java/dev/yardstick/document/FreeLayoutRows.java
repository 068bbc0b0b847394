package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a report in a free layout ({@link FreeLayoutReader}), built line by line: prose under
 * a heading becomes a row named by the heading; each line of a figures table a row whose cells keep
 * their column headings (two stacked lines of headings read as one); a commentary cell beside the
 * figures a row of prose; the title, front matter, contents, page and paragraph numbers are no rows.
 */
final class FreeLayoutRows {

    /** The labelled lines a committee report opens with: whom it goes to, from whom, when, its reference. */
    private static final Pattern FRONT_MATTER = Pattern.compile("(?i)(?:report\\s+(?:to|of|on|by|from|no\\.?|number)|date(?:\\s+of\\s+meeting)?"
            + "|meeting|ref(?:erence)?(?:\\s+no\\.?)?|wards?\\s+affected|agenda\\s+item(?:\\s+no\\.?)?|author|contact(?:\\s+officer)?|"
            + "portfolio(?:\\s+holder)?|classification|key\\s+decision)\\s*[:–-]");

    /** A table of contents' heading: "Contents", "CONTENTS Page", "Content Page Page No.", "Table of contents". */
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table\\s+of\\s+)?contents?(?:\\s+page(?:\\s+no\\.?)?)*\\s*$");
    /** An entry of a table of contents ends with its page or pages: "Economic Growth 4 - 5", "Fenland Performance Reports 12-16". */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("\\s\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?$");
    /** A paragraph's number in a cell of its own: "1.", "2.3.", "4)". */
    private static final Pattern NUMBER_CELL = Pattern.compile("\\(?\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]");
    /** A table of contents' column of pages: "Page", "Page No.", "Pages". */
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)pages?(?:\\s+(?:no\\.?|number))?");
    /** A page or pages in that column: "6", "12 - 16". */
    private static final Pattern PAGE_CELL = Pattern.compile("\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?");
    /** "Target: 90%", "Q2 Actual: 87%", "Status: Amber": a value under its label, as scorecards list a measure's figures. */
    private static final Pattern LABELLED_VALUE = Pattern.compile("\\p{L}[^:.]{0,40}:\\s*\\S");
    /** "Status: Green", "RAG rating: Amber", "Direction of travel: Improving": a measure's status under its name, no heading. */
    static final Pattern STATUS_LINE = Pattern.compile(
            "(?i)(?:current\\s+)?(?:status|rag(?:\\s+status|\\s+rating)?|rating|direction(?:\\s+of\\s+travel)?|trend)\\s*:");
    /** "Indicator: Households prevented from becoming homeless", "Measure: ...": a measure's name over its labelled figures. */
    private static final Pattern MEASURE_LINE = Pattern.compile(
            "(?i)(?:performance\\s+)?(?:indicator|measure|kpi|pi)(?:\\s+name)?\\s*:\\s*([^\\d:]{3,120})");
    /** A first column of references ("Ref", "No.", "PI code"): the measure's name is in the column after it. */
    private static final Pattern REFERENCE_HEADING = Pattern.compile("(?i)\\s*(?:ref(?:erence)?|no\\.?|#|code|id|k?pi\\s+(?:ref|code|no\\.?))\\s*");
    /** A measure's name heading its labelled values is short. */
    private static final int NAME_LENGTH = 90;
    /** A subtitle naming the period is short: "Q2 2019-2020", "Half Year Report 2019-20". */
    private static final int SUBTITLE_LENGTH = 60;
    private final List<UpdateRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Inside a table of contents, which runs until its page ends or prose begins. */
    private boolean inContents;
    /** Inside a table of contents laid out in columns ("Title | Page"), which runs while its lines end in pages. */
    private boolean contentsColumns;
    private String theme = "";
    private List<String> headings = List.of();
    /** The line before was a line of headings: a second one right under it says what each column of years holds. */
    private boolean headingsJustRead;
    private PageBreakStitcher prose;
    private int proseLine;
    private boolean titleSeen;
    /** The first row since the last heading or source line: the rows a source line printed under them dates. */
    private int blockStart;
    private final TableSources sources = new TableSources();
    private final WrappedOpening wrapped = new WrappedOpening();

    void accept(int lineNo, String line) {
        if (line.isBlank()) {
            return;
        }
        sources.nextLine();
        WrappedOpening.Candidate opening = wrapped.continuedBy(line.strip());
        List<String> cells = cells(line);
        if (cells.size() == 2 && NUMBER_CELL.matcher(cells.get(0)).matches() && FigureTableCells.isProse(cells.get(1))) {
            line = cells.get(1); // "1.<TAB>Together with its partners, the Council ...": a numbered paragraph, no table
            cells = List.of(line);
        }
        if (cells.size() >= 2 && (PAGE_COLUMN.matcher(cells.get(cells.size() - 1)).matches()
                || (inContents || contentsColumns) && cells.size() == 2 && PAGE_CELL.matcher(cells.get(1)).matches())) {
            contentsColumns = true;
            notes.add(String.join(" ", cells)); // "Title | Page", "Introduction | 2": where things are, no measurement
            return;
        }
        contentsColumns = false;
        if (cells.size() >= 2) {
            if (prose != null && FigureTableCells.isHeadings(cells) && aNameAlone(prose.paragraphs())) {
                theme = prose.paragraphs().get(0); // "KPI 1.1 Percentage of Council Tax collected in year" over "Year | Target | Actual"
                prose = null;
            }
            closeProse();
            table(lineNo, cells);
            return;
        }
        if (Text.isPageNumber(line)) {
            inContents = false; // the contents end with their page
            return;
        }
        if (Text.isChartLabels(line)) {
            return; // "85-89", "0 5000 10000 15000": a chart's labels and ticks, no measurement
        }
        String text = Text.withoutParagraphNumber(Text.normalise(line));
        if (CONTENTS.matcher(text).matches() || inContents && (PAGE_REFERENCE.matcher(text).find() || Text.looksLikeHeading(text))) {
            inContents = true;
            notes.add(text); // "CONTENTS Page", "Breckland Performance Reports 2-6": where things are, no measurement
            return;
        }
        inContents = false;
        headingsJustRead = false;
        boolean subtitle = rows.isEmpty() && prose == null && text.length() <= SUBTITLE_LENGTH && !Text.isLabelledFigure(text)
                && QuarterInHeading.includingYearEnd(text).isPresent(); // "Q2 2019-2020" under the title, not "Q1 2021/22: 56.5%"
        if (!titleSeen || subtitle || FRONT_MATTER.matcher(text).lookingAt()) {
            titleSeen = true;
            notes.add(text); // the title, and a committee report's "Report to:", "Date:", "Report No:" lines
            return;
        }
        if (TableSources.isSource(text)) {
            closeProse();
            notes.add(text);
            blockStart = sources.date(rows, blockStart, text);
            return;
        }
        java.util.regex.Matcher measure = MEASURE_LINE.matcher(text);
        if (measure.matches()) {
            closeProse();
            theme = measure.group(1); // "Indicator: Households prevented from becoming homeless" names the lines under it
            blockStart = rows.size();
            return;
        }
        if (Text.looksLikeHeading(text) && !Text.isBullet(text.charAt(0)) && !STATUS_LINE.matcher(text).lookingAt()
                && !WrappedOpening.leadsOn(text)) {
            closeProse();
            wrapped.headingRead(new WrappedOpening.Candidate(text, lineNo, theme, blockStart));
            theme = text; // a section's heading inside a table ("Benefits", "Taxes") keeps its columns
            blockStart = rows.size();
            return;
        }
        headings = List.of(); // a table ends at the first prose outside it
        if (LABELLED_VALUE.matcher(text).lookingAt() && prose != null && aNameAlone(prose.paragraphs())) {
            theme = prose.paragraphs().get(0); // "Calls answered within 60 seconds" over "Target: 90%", "Q2 Actual: 87%"
            prose = null;
        }
        if (prose == null) {
            prose = new PageBreakStitcher();
            proseLine = lineNo;
            if (opening != null) { // the heading was a paragraph's first line, wrapped short
                theme = opening.themeBefore();
                blockStart = opening.blockStartBefore();
                proseLine = opening.lineNo();
                prose.add(opening.text(), false);
            }
        }
        prose.add(text, false);
    }

    /** One short line with no sentence's ending: a measure's name, though it holds a figure ("within 60 seconds"). */
    private static boolean aNameAlone(List<String> paragraphs) {
        if (paragraphs.size() != 1) {
            return false;
        }
        String p = paragraphs.get(0);
        char last = p.charAt(p.length() - 1);
        return p.length() <= NAME_LENGTH && Character.isUpperCase(p.charAt(0)) && ".!?:;,".indexOf(last) < 0
                && !LABELLED_VALUE.matcher(p).lookingAt();
    }

    private void table(int lineNo, List<String> cells) {
        if (FigureTableCells.isHeadings(cells)) {
            headings = headingsJustRead ? FigureTableCells.stacked(headings, cells) : cells;
            headingsJustRead = true;
            return;
        }
        headingsJustRead = false;
        // a column of references names the measure in the column after it, unless that column holds a figure ("NI 117 | 5.52%")
        int named = REFERENCE_HEADING.matcher(headings.isEmpty() ? "" : headings.get(0)).matches() && cells.size() > 2
                && !FigureTableCells.isFigure(cells.get(1)) ? 1 : 0;
        String name = named == 1 && !cells.get(1).isBlank() ? cells.get(1) : cells.get(0); // "HS01 | Number of households ..."
        List<FigureCell> figures = new ArrayList<>(cells.size() - 1);
        PageBreakStitcher commentary = new PageBreakStitcher();
        boolean anyFigure = false;
        for (int i = 1 + named; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (FigureTableCells.isProse(cell)) {
                commentary.add(cell, false); // "Measure | Actual | Target | RAG | Commentary": the commentary is prose
                continue;
            }
            String heading = i < headings.size() ? headings.get(i) : "";
            figures.add(new FigureCell(heading, cell));
            anyFigure |= FigureTableCells.isFigure(cell);
        }
        boolean prose = !commentary.paragraphs().isEmpty();
        if (anyFigure && (!prose || !headings.isEmpty())) {
            rows.add(UpdateRow.ofFigures(lineNo, theme, name, figures));
        } else if (prose) {
            // "Accountability<TAB><TAB>Update text": a narrative row without a quarter header; its short cells are its words
            commentary = new PageBreakStitcher();
            for (String cell : cells.subList(1, cells.size())) {
                if (!cell.isBlank()) {
                    commentary.add(cell, false);
                }
            }
        }
        if (prose) {
            rows.add(new UpdateRow(lineNo, null, theme, name, "", commentary.paragraphs()).withListItems(commentary.listItems()));
        }
    }

    private void closeProse() {
        if (prose != null && !prose.paragraphs().isEmpty()) {
            rows.add(new UpdateRow(proseLine, null, theme, theme, "", prose.paragraphs()).withListItems(prose.listItems()));
        }
        prose = null;
    }

    List<UpdateRow> finish() {
        closeProse();
        return NameCleaner.clean(rows);
    }

    /** The line's cells, normalised, empty ones kept so cells stay under their headings. */
    private static List<String> cells(String line) {
        String[] raw = line.split("\t", -1);
        int last = raw.length;
        while (last > 1 && raw[last - 1].isBlank()) {
            last--;
        }
        List<String> out = new ArrayList<>(last);
        for (int i = 0; i < last; i++) {
            out.add(Text.normalise(raw[i]));
        }
        return out;
    }

    List<String> notes() {
        return notes;
    }
}
