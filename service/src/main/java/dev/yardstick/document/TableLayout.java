package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns an update table has, read from its header, where they differ from the usual
 * {@code Key Accountability | Strategic Director | Quarter N Update}: no director column
 * ({@code Objective | Quarter 3 2019/20 Update}), or status columns such as RAG between the
 * director and the update, which are not part of either.
 *
 * @param hasDirector   a column names who is responsible
 * @param statusColumns short columns just before the update (RAG, status, direction of travel)
 */
record TableLayout(boolean hasDirector, int statusColumns) {

    static final TableLayout STANDARD = new TableLayout(true, 0);

    static final Pattern DIRECTOR = Pattern.compile(
            "(?i)\\b(director|lead|owner|officer|responsib\\w*|portfolio|member|manager|head|cabinet|executive)\\b");
    static final Pattern STATUS = Pattern.compile(
            "(?i)(rag|rag status|rag rating|status|rating|overall status|direction of travel|dot|trend|red/amber/green|r/a/g)");

    static TableLayout of(String headerLine) {
        List<String> cells = new ArrayList<>();
        for (String cell : headerLine.split("\t", -1)) {
            String c = Text.normalise(cell);
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        int update = cells.size() - 1;
        int status = 0;
        while (update - status - 1 >= 0 && STATUS.matcher(cells.get(update - status - 1)).matches()) {
            status++;
        }
        boolean director = false;
        for (int i = 0; i < update - status; i++) {
            director |= DIRECTOR.matcher(cells.get(i)).find();
        }
        return new TableLayout(director || update - status >= 2, status);
    }
}
