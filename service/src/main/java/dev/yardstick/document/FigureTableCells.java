package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the cells of a free layout's figures table are ({@link FreeLayoutRows}): figures, prose, or a line of column headings. */
final class FigureTableCells {

    /** A cell this long is prose, not a figure or a heading: the row is narrative. */
    private static final int PROSE_CELL = 120;

    /** A cell that holds a figure: a number, perhaps signed or in a currency, first. */
    private static final Pattern FIGURE = Pattern.compile("^\\(?[£$€+\\-−–]?\\s?\\d"); // "(£0.150m)": a negative in brackets
    /**
     * A column heading that starts with a period ("2019/20", "Q3 2019/20", "2018/19 Outturn")
     * names a column, it is no figure.
     */
    private static final Pattern PERIOD_LABEL = Pattern.compile(
            "(?i)^(q[1-4]\\s+)?((19|20)\\d{2}|(19|20)\\d{2}\\s*[/\\-–]\\s*\\d{2,4}(\\s+\\p{L}.*)?)$");

    /** Words column headings of figures tables are made of. */
    private static final Pattern HEADING_WORD = Pattern.compile("(?i)\\b(value|values|target|targets|actual|actuals|outturn|result|"
            + "performance|indicators?|measures?|kpis?|pis?|quarter|q[1-4]|year|ytd|baseline|forecast|projected|status|rag|rating|"
            + "trend|direction|total|benchmark|england|national|regional|average|comparator|previous|last|latest|polarity|period|"
            + "budget|variance|variation|pressures|mitigations?|underspends?|overspends?|green|amber|red|"
            + "(19|20)\\d{2})\\b");

    /** Words enough for a sentence: a cell of commentary, not a figure, a status or a heading. */
    private static final int PROSE_WORDS = 8;

    private FigureTableCells() {
    }

    /** A cell that is prose: long, or a sentence of several words ("Missed collections fell to 48 from 61 in Quarter 1."). */
    static boolean isProse(String cell) {
        if (cell.length() > PROSE_CELL) {
            return true;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < cell.length(); i++) {
            boolean letter = Character.isLetter(cell.charAt(i));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= PROSE_WORDS;
    }

    /** Whether a cell holds a figure rather than a heading or a placeholder ("N/A", "DIV/0"). */
    static boolean isFigure(String cell) {
        String c = cell.strip();
        return FIGURE.matcher(c).find() && !PERIOD_LABEL.matcher(c).matches();
    }

    /**
     * A line of column headings: no cell after the first holds a figure, and the line uses the
     * words such headings are made of ("Q3 2019/20 Value", "Target", "RAG Rating", "Total").
     */
    static boolean isHeadings(List<String> cells) {
        boolean named = false;
        for (int i = 1; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (isFigure(cell) || isProse(cell)) {
                return false;
            }
            named |= !cell.isBlank();
        }
        return named && HEADING_WORD.matcher(String.join(" ", cells)).find();
    }


    /**
     * Two lines of headings read as one, column by column: "2016/17" over "Target" heads a
     * column "2016/17 Target".
     */
    static List<String> stacked(List<String> upper, List<String> lower) {
        List<String> out = new ArrayList<>(Math.max(upper.size(), lower.size()));
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            String a = i < upper.size() ? upper.get(i) : "";
            String b = i < lower.size() ? lower.get(i) : "";
            out.add(a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b);
        }
        return out;
    }
}
