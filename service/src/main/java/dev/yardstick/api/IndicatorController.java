package dev.yardstick.api;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.Schema;
import dev.yardstick.store.StoredObservation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators (the council's catalogue, the standard library, then the provisional indicators
 * named from its updates) and the observations recorded for each, with evidence. The
 * observations of {@code _candidate} are the values whose subject could not be named.
 */
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {

    private final IndicatorCatalogue catalogue;
    private final InfluxStore store;
    private final dev.yardstick.ingest.Assessor assessor;
    private final dev.yardstick.ingest.DecisionFile decisions;

    IndicatorController(IndicatorCatalogue catalogue, InfluxStore store, dev.yardstick.ingest.Assessor assessor,
                        dev.yardstick.ingest.DecisionFile decisions) {
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.assessor = assessor;
        this.store = store;
    }

    /** An indicator with its latest value for each organisation that reports it. */
    record CatalogueEntry(String id, String name, String unit, String measure, String polarity, String theme, String framework,
                          String code, boolean provisional, List<Latest> latest) {
    }

    /**
     * One indicator: the catalogue entry's fields spelled as in the list (and in
     * indicators.yaml: {@code lower_better}, {@code rank}), with the words that identify it in prose.
     */
    record IndicatorDetail(String id, String name, String unit, String measure, String polarity, String theme, String framework,
                           String code, boolean provisional, List<String> cues, List<String> near, List<String> context,
                           List<String> exclude, List<Latest> latest) {
    }

    record Latest(String organisation, LocalDate date, double value, String rag) {
    }

    /**
     * Catalogued indicators first, in catalogue order, then those accepted on review, in the order
     * they were accepted; then the provisional ones with values, by id.
     */
    @GetMapping
    List<CatalogueEntry> all() {
        var latest = assessor.latest(null);
        List<Indicator> provisional = latest.stream().map(a -> a.status().indicator()).filter(Indicator::provisional)
                .collect(java.util.stream.Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, java.util.TreeMap::new)).values().stream().toList();
        return java.util.stream.Stream.of(catalogue.indicators(), decisions.get().accepted(), provisional).flatMap(List::stream).map(i -> new CatalogueEntry(i.id(),
                i.name(), i.unit(), measure(i), i.polarity().id(), i.theme(), i.framework(), i.code(), i.provisional(),
                latest(latest, i))).toList();
    }

    @GetMapping("/{id}")
    IndicatorDetail one(@PathVariable String id) {
        Indicator i = known(id);
        return new IndicatorDetail(i.id(), i.name(), i.unit(), measure(i), i.polarity().id(), i.theme(), i.framework(), i.code(),
                i.provisional(), i.cues(), i.near(), i.context(), i.exclude(), latest(assessor.latest(null), i));
    }

    private static String measure(Indicator i) {
        return i.measure().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Latest> latest(List<dev.yardstick.store.Assessed> latest, Indicator i) {
        return latest.stream().filter(a -> a.status().indicator().id().equals(i.id()))
                .map(a -> new Latest(a.status().organisation(), a.status().date(), a.status().value(),
                        a.status().rag() == null ? null : a.status().rag().label())).toList();
    }

    @GetMapping("/{id}/observations")
    List<StoredObservation> observations(@PathVariable String id, @RequestParam(required = false) String org,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            // an empty list would read as "no values in that range" when the range itself is wrong
            throw new dev.yardstick.ingest.InvalidParameterException("from", "The range is reversed: from=" + from + " is after to=" + to
                    + "; give the earlier date as from, e.g. from=" + to + "&to=" + from + ".");
        }
        return store.observations(Schema.Observation.CANDIDATE.equals(id) ? id : known(id).id(),
                dev.yardstick.ingest.OrganisationId.checkedIfPresent(org), from, to);
    }

    /** A catalogued indicator, or a provisional one that has values. */
    private Indicator known(String id) {
        return catalogue.find(id).or(() -> decisions.get().findAccepted(id))
                .or(() -> ProvisionalIndicators.isProvisional(id) && store.provisionalIndicators().contains(id)
                        ? ProvisionalIndicators.fromId(id, null) : java.util.Optional.empty())
                .orElseThrow(() -> new UnknownIndicatorException(id));
    }
}
