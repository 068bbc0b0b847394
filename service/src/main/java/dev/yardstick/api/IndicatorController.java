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

    IndicatorController(IndicatorCatalogue catalogue, InfluxStore store, dev.yardstick.ingest.Assessor assessor) {
        this.catalogue = catalogue;
        this.assessor = assessor;
        this.store = store;
    }

    /** An indicator with its latest value for each organisation that reports it. */
    record CatalogueEntry(String id, String name, String unit, String measure, String polarity, String theme, String framework,
                          String code, boolean provisional, List<Latest> latest) {
    }

    record Latest(String organisation, LocalDate date, double value, String rag) {
    }

    /** Catalogued indicators first, in catalogue order; then the provisional ones with values, by id. */
    @GetMapping
    List<CatalogueEntry> all() {
        var latest = assessor.latest(null);
        List<Indicator> provisional = latest.stream().map(a -> a.status().indicator()).filter(Indicator::provisional)
                .collect(java.util.stream.Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, java.util.TreeMap::new)).values().stream().toList();
        return java.util.stream.Stream.concat(catalogue.indicators().stream(), provisional.stream()).map(i -> new CatalogueEntry(i.id(),
                i.name(), i.unit(), i.measure().name().toLowerCase(java.util.Locale.ROOT), i.polarity().id(), i.theme(), i.framework(),
                i.code(), i.provisional(), latest.stream().filter(a -> a.status().indicator().id().equals(i.id()))
                .map(a -> new Latest(a.status().organisation(), a.status().date(), a.status().value(),
                        a.status().rag() == null ? null : a.status().rag().label())).toList())).toList();
    }

    @GetMapping("/{id}")
    Indicator one(@PathVariable String id) {
        return known(id);
    }

    @GetMapping("/{id}/observations")
    List<StoredObservation> observations(@PathVariable String id, @RequestParam(required = false) String org,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return store.observations(Schema.Observation.CANDIDATE.equals(id) ? id : known(id).id(),
                dev.yardstick.ingest.OrganisationId.checkedIfPresent(org), from, to);
    }

    /** A catalogued indicator, or a provisional one that has values. */
    private Indicator known(String id) {
        return catalogue.find(id)
                .or(() -> ProvisionalIndicators.isProvisional(id) && store.provisionalIndicators().contains(id)
                        ? ProvisionalIndicators.fromId(id, null) : java.util.Optional.empty())
                .orElseThrow(() -> new UnknownIndicatorException(id));
    }
}
