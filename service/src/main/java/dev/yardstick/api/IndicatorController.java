package dev.yardstick.api;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.StoredObservation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue and the observations recorded for each indicator, with evidence. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {

    private final IndicatorCatalogue catalogue;
    private final InfluxStore store;

    IndicatorController(IndicatorCatalogue catalogue, InfluxStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    @GetMapping
    List<Indicator> all() {
        return catalogue.indicators();
    }

    @GetMapping("/{id}")
    Indicator one(@PathVariable String id) {
        return known(id);
    }

    @GetMapping("/{id}/observations")
    List<StoredObservation> observations(@PathVariable String id, @RequestParam(required = false) String org,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return store.observations(known(id).id(), org, from, to);
    }

    private Indicator known(String id) {
        return catalogue.find(id).orElseThrow(() -> new UnknownIndicatorException(id));
    }
}
