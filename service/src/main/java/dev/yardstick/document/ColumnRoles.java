package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each grid column of a Word or PDF table holds, read from its header row: the update is
 * the last headed column, status columns (RAG, direction of travel) belong to nothing, a
 * column headed like a person's role holds the director, a leading number column numbers the
 * rows, and the rest is the accountability. The same words as {@link TableLayout} uses for
 * the text export.
 */
record ColumnRoles(List<Role> roles) {

    enum Role { NUMBER, ACCOUNTABILITY, DIRECTOR, STATUS, UPDATE, IGNORED }

    private static final Pattern NUMBER = Pattern.compile("(?i)(no\\.?|ref\\.?|#|number|item|)");

    ColumnRoles {
        roles = List.copyOf(roles);
    }

    static ColumnRoles of(GridRow header) {
        List<String> names = new ArrayList<>();
        for (GridCell cell : header.cells()) {
            for (int k = 0; k < cell.span(); k++) {
                names.add(k == 0 ? cell.text() : "");
            }
        }
        int update = names.size() - 1;
        while (update > 0 && names.get(update).isEmpty()) {
            update--;
        }
        List<Role> roles = new ArrayList<>();
        int director = -1;
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Role role = i == update ? Role.UPDATE : i > update ? Role.IGNORED
                    : !name.isEmpty() && TableLayout.STATUS.matcher(name).matches() ? Role.STATUS : Role.ACCOUNTABILITY;
            if (role == Role.ACCOUNTABILITY) {
                if (director < 0 && TableLayout.DIRECTOR.matcher(name).find()) {
                    director = i;
                    role = Role.DIRECTOR;
                } else {
                    open.add(i);
                }
            }
            roles.add(role);
        }
        if (open.size() >= 2 && NUMBER.matcher(names.get(open.get(0))).matches()) {
            roles.set(open.get(0), Role.NUMBER);
            open.remove(0);
        }
        if (director < 0 && open.size() >= 2 && !names.get(open.get(open.size() - 1)).isEmpty()) {
            // Accountability | Lead | Update with an unrecognised role word: the column before the update
            roles.set(open.get(open.size() - 1), Role.DIRECTOR);
        }
        return new ColumnRoles(roles);
    }

    Role of(int gridColumn) {
        return gridColumn < roles.size() ? roles.get(gridColumn) : Role.IGNORED;
    }

    boolean hasDirector() {
        return roles.contains(Role.DIRECTOR);
    }
}
