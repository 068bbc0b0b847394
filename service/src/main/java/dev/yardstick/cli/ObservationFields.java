package dev.yardstick.cli;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.extract.Observation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One observation as the ordered fields every output format shares. */
final class ObservationFields {

    static final String[] NAMES = {"indicator", "provisional", "value", "unit", "qualifier", "kind", "scope", "period_start", "period_end",
            "text", "sentence", "theme", "accountability", "director", "derivation"};

    private ObservationFields() {
    }

    static Map<String, Object> of(MatchedObservation m) {
        Observation o = m.observation();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("indicator", m.indicatorId());
        f.put("provisional", m.isProvisional());
        f.put("value", number(o.quantity().value()));
        f.put("unit", o.quantity().unitLabel());
        f.put("qualifier", o.quantity().qualifier().id());
        f.put("kind", o.kind().id());
        f.put("scope", o.scope().id());
        f.put("period_start", o.period() == null ? null : o.period().start().toString());
        f.put("period_end", o.period() == null ? null : o.period().end().toString());
        f.put("text", o.quantity().text());
        f.put("sentence", o.sentence());
        f.put("theme", o.provenance().theme());
        f.put("accountability", o.provenance().accountability());
        f.put("director", o.provenance().director());
        f.put("derivation", o.derivation());
        return f;
    }

    /** Whole numbers print without a decimal point; others as the shortest exact decimal. */
    static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return new BigDecimal(Double.toString(v));
    }

    static String plain(double v) {
        Number n = number(v);
        return n instanceof BigDecimal b ? b.toPlainString() : n.toString();
    }
}
