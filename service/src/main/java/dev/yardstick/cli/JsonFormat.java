package dev.yardstick.cli;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.MatchedObservation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code {"documents":[{"source","organisation","period":{...},"observations":[...]}]}}. */
final class JsonFormat implements ObservationFormat {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void write(List<ExtractedDocument> documents, IndicatorCatalogue catalogue, PrintStream out) {
        List<Object> docs = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("source", d.document().source());
            doc.put("organisation", d.document().organisation());
            Map<String, Object> period = null;
            if (d.document().dated()) {
                period = new LinkedHashMap<>();
                period.put("label", d.document().quarter().label());
                period.put("start", d.document().period().start().toString());
                period.put("end", d.document().period().end().toString());
            }
            doc.put("period", period); // null for an update that names no period
            List<Object> observations = new ArrayList<>();
            for (MatchedObservation m : d.observations()) {
                observations.add(ObservationFields.of(m));
            }
            doc.put("observations", observations);
            docs.add(doc);
        }
        out.println(MAPPER.writeValueAsString(Map.of("documents", docs)));
    }
}
