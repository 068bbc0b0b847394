package dev.yardstick.cli;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.MatchedObservation;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV, one observation per record, with the source document and organisation first. */
final class CsvFormat implements ObservationFormat {

    @Override
    public void write(List<ExtractedDocument> documents, IndicatorCatalogue catalogue, PrintStream out) {
        StringBuilder line = new StringBuilder("source,organisation");
        for (String name : ObservationFields.NAMES) {
            line.append(',').append(name);
        }
        out.print(line.append("\r\n"));
        for (ExtractedDocument d : documents) {
            for (MatchedObservation m : d.observations()) {
                line.setLength(0);
                line.append(quote(d.document().source())).append(',').append(quote(d.document().organisation()));
                Map<String, Object> fields = ObservationFields.of(m);
                for (String name : ObservationFields.NAMES) {
                    Object v = fields.get(name);
                    line.append(',').append(v == null ? "" : quote(v.toString()));
                }
                out.print(line.append("\r\n"));
            }
        }
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
