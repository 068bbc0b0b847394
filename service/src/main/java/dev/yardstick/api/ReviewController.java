package dev.yardstick.api;

import dev.yardstick.catalogue.ReviewDecision;
import dev.yardstick.ingest.InvalidParameterException;
import dev.yardstick.ingest.OrganisationId;
import dev.yardstick.ingest.ReviewService;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review page as JSON, for scripts: what there is to review, the decisions taken, and a new
 * decision (bearer token, as every write).
 */
@RestController
@RequestMapping("/api/review")
class ReviewController {

    private final ReviewService review;

    ReviewController(ReviewService review) {
        this.review = review;
    }

    /** A decision as a script sends it; {@code action} is accept, merge, rename or reject. */
    record DecisionRequest(String action, String organisation, String subject, String indicator, String name, String unit,
                           String polarity, String theme, List<String> cues) {
    }

    @GetMapping
    List<ReviewService.OrganisationReview> review(@RequestParam(required = false) String org) {
        return org == null ? review.review() : List.of(review.review(OrganisationId.checked(org)));
    }

    @GetMapping("/decisions")
    List<ReviewDecision> decisions() {
        return review.decisions();
    }

    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewDecision decide(@RequestBody DecisionRequest request) {
        return review.decide(action(request.action()), request.organisation(), request.subject(), request.indicator(), request.name(),
                request.unit(), request.polarity(), request.theme(), request.cues());
    }

    /**
     * Undoes the decision on one subject: the values it moved go back to the provisional indicator
     * or candidate they came from, an accepted indicator leaves the catalogue (with its target set
     * through the API), and the organisation is re-assessed.
     */
    @DeleteMapping("/decisions")
    ReviewService.Undone undo(@RequestParam String org, @RequestParam String subject) {
        return review.undo(OrganisationId.checked(org), subject);
    }

    private static ReviewDecision.Action action(String action) {
        try {
            return ReviewDecision.Action.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidParameterException("action", "action must be accept, merge, rename or reject, was "
                    + (action == null ? "none" : "'" + action.strip() + "'"));
        }
    }
}
