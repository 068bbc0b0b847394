package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-header line of the tab-separated export, classified by shape. The update cell is
 * always the last filled cell, the director the one before it, and anything earlier is the row
 * number and accountability; this holds whether or not the table has a number column.
 */
record TableLine(Shape shape, String number, String accountability, String director, String update) {

    enum Shape { BLANK, THEME, ROW, CONTINUATION, PAGE_NUMBER }

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");
    private static final Pattern INLINE_ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");
    private static final Pattern HEADER_REMNANT = Pattern.compile("(?i)^key(\\s+accountabilit\\w*)?\\s+");

    static TableLine parse(String line, boolean firstAfterHeader) {
        return parse(line, firstAfterHeader, TableLayout.STANDARD);
    }

    static TableLine parse(String line, boolean firstAfterHeader, TableLayout layout) {
        if (line.isBlank()) {
            return new TableLine(Shape.BLANK, null, "", "", "");
        }
        if (line.indexOf('\t') < 0 && Text.isPageNumber(line)) {
            return new TableLine(Shape.PAGE_NUMBER, null, "", "", line.strip());
        }
        String[] raw = line.split("\t", -1);
        List<String> cells = new ArrayList<>(raw.length);
        for (String cell : raw) {
            cells.add(Text.normalise(cell));
        }
        if (firstAfterHeader) {
            cells.set(0, HEADER_REMNANT.matcher(cells.get(0)).replaceFirst(""));
        }
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        if (last < 0) {
            return new TableLine(Shape.BLANK, null, "", "", "");
        }
        String theme = themeText(cells, last, raw.length > 1);
        if (theme != null) {
            return new TableLine(Shape.THEME, null, theme, "", "");
        }
        if (last == 0) {
            // a single filled cell: a wrapped accountability when the line has tabs, else free text
            return raw.length > 1
                    ? new TableLine(Shape.CONTINUATION, null, cells.get(0), "", "")
                    : new TableLine(Shape.CONTINUATION, null, "", "", cells.get(0));
        }
        last = dropStatusCells(cells, last, layout.statusColumns());
        if (!layout.hasDirector()) {
            return withoutDirector(cells, last);
        }
        String update = cells.get(last);
        String director = cells.get(last - 1);
        List<String> lead = cells.subList(0, last - 1);
        if (last == 1 && !director.isEmpty() && !looksLikeName(update)) {
            // two cells: accountability wrapped beside more update text
            return new TableLine(Shape.CONTINUATION, null, director, "", update);
        }
        if (last == 1 && !director.isEmpty()) {
            return new TableLine(Shape.ROW, null, director, update, "");
        }
        NumberedText numbered = NumberedText.of(lead);
        Shape shape = director.isEmpty() ? Shape.CONTINUATION : Shape.ROW;
        return new TableLine(shape, numbered.number(), numbered.text(), director, update);
    }

    /** A row number, if the first filled cell is one, and the accountability text of the cells. */
    private record NumberedText(String number, String text) {
        static NumberedText of(List<String> lead) {
            String number = null;
            List<String> accountabilityCells = new ArrayList<>();
            for (String cell : lead) {
                if (cell.isEmpty()) {
                    continue;
                }
                Matcher bare = ROW_NUMBER.matcher(cell);
                Matcher inline = INLINE_ROW_NUMBER.matcher(cell);
                if (number == null && accountabilityCells.isEmpty() && bare.matches()) {
                    number = bare.group(1);
                } else if (number == null && accountabilityCells.isEmpty() && inline.matches()) {
                    number = inline.group(1);
                    accountabilityCells.add(inline.group(2));
                } else {
                    accountabilityCells.add(cell);
                }
            }
            return new NumberedText(number, String.join(" ", accountabilityCells));
        }
    }

    /**
     * Status cells (RAG and the like) just before the update belong to neither the director nor
     * the update: they are left out. Only short cells are taken for them, so a continuation line
     * of update text is never cut.
     */
    private static int dropStatusCells(List<String> cells, int last, int statusColumns) {
        for (int k = 0; k < statusColumns && last >= 2; k++) {
            int before = last - 1;
            while (before >= 0 && cells.get(before).isEmpty()) {
                before--;
            }
            if (before < 1 || cells.get(before).length() > 25) {
                break;
            }
            cells.remove(before);
            last--;
        }
        return last;
    }

    /** Tables with no director column: the update is the last cell, the accountability the cells before. */
    private static TableLine withoutDirector(List<String> cells, int last) {
        NumberedText numbered = NumberedText.of(cells.subList(0, last));
        String update = cells.get(last);
        return numbered.text().isEmpty()
                ? new TableLine(Shape.CONTINUATION, null, "", "", update)
                : new TableLine(Shape.ROW, numbered.number(), numbered.text(), "", update);
    }

    /**
     * A section heading fills only the first one or two cells, and a stray tab may split it
     * ("Com<TAB>munity Leadership", "Educ<TAB>Educational Attainment", "Children's Soc<TAB>ial Care").
     */
    private static String themeText(List<String> cells, int last, boolean hasTabs) {
        if (!hasTabs || last > 1 || (last == 1 && cells.get(0).isEmpty())) {
            return null;
        }
        if (last == 0) {
            return Text.looksLikeHeading(cells.get(0)) ? cells.get(0) : null;
        }
        String head = cells.get(0);
        String tail = cells.get(1);
        String text;
        if (tail.toLowerCase().startsWith(head.toLowerCase())) {
            text = tail;
        } else if (head.length() <= 20 && !tail.isEmpty() && Character.isLowerCase(tail.charAt(0))) {
            text = head + tail;
        } else {
            return null;
        }
        // kept as written, split and all: NameCleaner decides how the fragments join
        return Text.looksLikeHeading(text) ? head + "\t" + tail : null;
    }

    private static boolean looksLikeName(String cell) {
        return cell.length() <= 50 && cell.indexOf('.') < 0 && cell.split(" ").length <= 6;
    }
}
