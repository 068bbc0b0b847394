package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.util.List;

/** Runs the extractor over one sentence of an update for Q2 2019/20. */
final class Sentences {

    static final FinancialQuarter Q2_2019_20 = new FinancialQuarter(2019, 2);

    private Sentences() {
    }

    static List<Observation> extract(String update) {
        return extract("Deliver the service.", update);
    }

    static List<Observation> extract(String accountability, String update) {
        UpdateRow row = new UpdateRow(3, null, "Theme", accountability, "A Director", List.of(update));
        return new Extractor().extract(new UpdateDocument("test.txt", "testshire", Q2_2019_20, List.of(row), List.of()));
    }

    /** Reads {@code text} as a text export of an update of {@code organisation}'s and extracts it. */
    static List<Observation> fromText(String organisation, String text) {
        return new Extractor().extract(new dev.yardstick.document.TextExportReader().read("report.txt", organisation, text));
    }

    static Observation only(String update) {
        List<Observation> all = extract(update);
        if (all.size() != 1) {
            throw new AssertionError("expected one observation in '" + update + "' but got " + all.stream()
                    .map(o -> o.quantity().text() + "=" + o.quantity().value()).toList());
        }
        return all.get(0);
    }
}
