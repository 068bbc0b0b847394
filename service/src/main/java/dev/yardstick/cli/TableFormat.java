package dev.yardstick.cli;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.extract.Observation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for people, within a terminal's width: indicator (marked when provisional),
 * value as a person writes it (£115,000, 7,000 applications, 17%), period (Q2 2019/20), kind and
 * the value as written. A candidate (a quantity no indicator claimed) gets a second line with the
 * words around it in its sentence, since "£240,000" alone says nothing of what it counts.
 */
final class TableFormat implements ObservationFormat {

    static final int DEFAULT_WIDTH = 100;
    private static final String[] HEADER = {"INDICATOR", "VALUE", "PERIOD", "KIND", "AS WRITTEN"};
    private static final int[] MAX = {26, 22, 18, 8};
    private static final String GAP = "  ";
    private static final String CONTEXT_INDENT = "    ";

    private final int width;

    TableFormat(int width) {
        this.width = width;
    }

    /** The terminal's width from {@code COLUMNS} when set and sensible, else {@link #DEFAULT_WIDTH}. */
    static int widthFrom(String columns) {
        try {
            int w = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.trim());
            return w >= 60 ? w : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    @Override
    public void write(List<ExtractedDocument> documents, IndicatorCatalogue catalogue, PrintStream out) {
        for (ExtractedDocument d : documents) {
            long catalogued = d.observations().stream().filter(MatchedObservation::isCatalogued).count();
            long provisional = d.observations().stream().filter(MatchedObservation::isProvisional).count();
            long candidates = d.observations().stream().filter(MatchedObservation::isCandidate).count();
            out.println(TextFit.clip(String.format("%s  %s  %s: %d values (%d catalogued, %d %s, %d provisional)",
                    d.document().source(), d.document().organisation(), d.document().dated() ? d.document().quarter().label() : "no period named", d.observations().size(),
                    catalogued, candidates, candidates == 1 ? "candidate" : "candidates", provisional), width));
            List<String[]> rows = new ArrayList<>();
            for (MatchedObservation m : d.observations()) {
                rows.add(row(m));
            }
            print(rows, d.observations(), out);
            out.println();
        }
    }

    private static String[] row(MatchedObservation m) {
        Observation o = m.observation();
        Indicator i = m.indicator();
        return new String[] {name(i), ReadableValue.of(o.quantity()), o.period() == null ? "no period" : PeriodLabel.of(o.period().start(), o.period().end()),
                o.kind().id()};
    }

    /** The marker leads, like "(candidate)", so clipping a long name never hides it. */
    private static String name(Indicator i) {
        return i == null ? "(candidate)" : i.provisional() ? "(provisional) " + i.name() : i.name();
    }

    private void print(List<String[]> rows, List<MatchedObservation> observations, PrintStream out) {
        int[] widths = new int[MAX.length];
        for (int c = 0; c < MAX.length; c++) {
            widths[c] = HEADER[c].length();
            for (String[] r : rows) {
                widths[c] = Math.min(MAX[c], Math.max(widths[c], r[c].length()));
            }
        }
        int used = 0;
        for (int w : widths) {
            used += w + GAP.length();
        }
        int last = Math.max(HEADER[4].length(), width - used);
        out.println(line(HEADER, widths, HEADER[4]));
        for (int k = 0; k < rows.size(); k++) {
            Observation o = observations.get(k).observation();
            out.println(line(rows.get(k), widths, TextFit.clip(o.quantity().text(), last)));
            if (observations.get(k).isCandidate()) {
                out.println(CONTEXT_INDENT + TextFit.around(o.sentence(), o.quantity().start(), o.quantity().end(),
                        width - CONTEXT_INDENT.length()));
            }
        }
    }

    private static String line(String[] cells, int[] widths, String last) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = TextFit.clip(cells[c], widths[c]);
            line.append(cell).append(" ".repeat(widths[c] - cell.length())).append(GAP);
        }
        return line.append(last).toString().stripTrailing();
    }
}
