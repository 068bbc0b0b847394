package dev.yardstick.cli;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.extract.Observation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Aligned columns for people: indicator name (marked when provisional), value with unit, period, kind, as written. */
final class TableFormat implements ObservationFormat {

    private static final String[] HEADER = {"INDICATOR", "VALUE", "PERIOD", "KIND", "AS WRITTEN"};
    private static final int MAX_TEXT = 40;

    @Override
    public void write(List<ExtractedDocument> documents, IndicatorCatalogue catalogue, PrintStream out) {
        for (ExtractedDocument d : documents) {
            long matched = d.observations().stream().filter(MatchedObservation::isCatalogued).count();
            long provisional = d.observations().stream().filter(MatchedObservation::isProvisional).count();
            out.printf("%s  %s  %s  (%d observations, %d matched to indicators, %d provisional)%n", d.document().source(),
                    d.document().organisation(), d.document().quarter().label(), d.observations().size(), matched, provisional);
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADER);
            for (MatchedObservation m : d.observations()) {
                rows.add(row(m));
            }
            print(rows, out);
            out.println();
        }
    }

    private static String[] row(MatchedObservation m) {
        Observation o = m.observation();
        Indicator i = m.indicator();
        String qualifier = o.quantity().qualifier().id();
        String unit = o.quantity().unitLabel();
        String value = (qualifier == null ? "" : qualifier + " ") + ObservationFields.plain(o.quantity().value())
                + ("%".equals(unit) ? "%" : " " + unit);
        String period = o.period().isSingleDay() ? o.period().start().toString() : o.period().start() + ".." + o.period().end();
        String text = o.quantity().text();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 3) + "...";
        }
        return new String[] {i == null ? "(candidate)" : i.provisional() ? i.name() + " (provisional)" : i.name(), value, period, o.kind().id(), text};
    }

    private static void print(List<String[]> rows, PrintStream out) {
        int[] widths = new int[HEADER.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(c == r.length - 1 ? r[c] : String.format("%-" + widths[c] + "s  ", r[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
