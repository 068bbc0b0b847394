package dev.yardstick.api;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Target;
import dev.yardstick.ingest.Assessor;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.ingest.OrganisationId;
import dev.yardstick.ingest.TargetService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Status against target, alerts, and setting targets. */
@RestController
class StatusController {

    private final Assessor assessor;
    private final TargetService targets;
    private final IngestService ingest;
    private final Clock clock;

    StatusController(Assessor assessor, TargetService targets, IngestService ingest, Clock clock) {
        this.assessor = assessor;
        this.targets = targets;
        this.ingest = ingest;
        this.clock = clock;
    }

    /** The latest status of every indicator with values, filtered by organisation, theme, director and RAG. */
    @GetMapping("/api/status")
    List<StatusView> status(@RequestParam(required = false) String org, @RequestParam(required = false) String theme,
                            @RequestParam(required = false) String director, @RequestParam(required = false) String rag) {
        LocalDate today = LocalDate.now(clock);
        return assessor.latest(OrganisationId.checkedIfPresent(org)).stream().map(a -> StatusView.of(a, today))
                .filter(v -> theme == null || theme.equalsIgnoreCase(v.theme()))
                .filter(v -> director == null || director.equalsIgnoreCase(v.director()))
                .filter(v -> rag == null || rag.equalsIgnoreCase(v.rag()))
                .sorted(Comparator.comparing(StatusView::organisation).thenComparing(StatusView::indicator))
                .toList();
    }

    @GetMapping("/api/indicators/{id}/status")
    List<StatusView> indicatorStatus(@PathVariable String id, @RequestParam(required = false) String org) {
        String known = known(id).id();
        return status(org, null, null, null).stream().filter(v -> v.indicator().equals(known)).toList();
    }

    /** Every indicator now red, forecast to miss its target, showing special cause of concern, or stale, with the reasons. */
    @GetMapping("/api/alerts")
    List<StatusView> alerts(@RequestParam(required = false) String org) {
        return status(org, null, null, null).stream().filter(v -> !v.reasons().isEmpty()).toList();
    }

    @GetMapping("/api/indicators/{id}/targets")
    List<Target> targets(@PathVariable String id) {
        String known = known(id).id();
        return targets.book().targets().stream().filter(t -> t.indicator().equals(known)).toList();
    }

    /**
     * Sets the target of one indicator for one organisation (body: unit, tolerance, source and
     * steps or trajectory, as in targets.yaml), then re-assesses that organisation: 200, or 202
     * when InfluxDB is down and the re-assessment waits for it.
     */
    @PutMapping("/api/indicators/{id}/targets")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TargetBody.class)))
    ResponseEntity<Map<String, Object>> putTarget(@PathVariable String id, @RequestParam String org, @RequestBody JsonNode body) {
        Target target = targets.put(known(id).id(), OrganisationId.checked(org), body);
        int statuses = ingest.reassess(org);
        RequestLog.targetSet(target.indicator(), target.organisation(), target.unit(), statuses);
        if (statuses < 0) {
            // the target is saved and in force; its status is written when InfluxDB is back
            return ResponseEntity.accepted().body(Map.of("target", target, "statuses_written", 0,
                    "pending", "InfluxDB is unavailable; the status will be re-assessed when it returns"));
        }
        return ResponseEntity.ok(Map.of("target", target, "statuses_written", statuses));
    }

    /** A catalogued indicator or one accepted on review (a provisional one has no target and no RAG). */
    private Indicator known(String id) {
        return assessor.catalogued(id).orElseThrow(() -> new UnknownIndicatorException(id));
    }
}
