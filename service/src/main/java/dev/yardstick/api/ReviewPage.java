package dev.yardstick.api;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.ReviewDecision;
import dev.yardstick.ingest.DecisionFile;
import dev.yardstick.ingest.InvalidParameterException;
import dev.yardstick.ingest.ReviewService;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page for the performance team: per organisation, the provisional indicators and
 * candidates, with the four decisions as forms. Every decision redirects back to the page
 * (post/redirect/get), so reloading never decides twice. Who may post is {@link ReviewSecurity}'s.
 */
@Controller
class ReviewPage {

    private final ReviewService review;
    private final IndicatorCatalogue catalogue;
    private final DecisionFile decisions;

    ReviewPage(ReviewService review, IndicatorCatalogue catalogue, DecisionFile decisions) {
        this.review = review;
        this.catalogue = catalogue;
        this.decisions = decisions;
    }

    /** A provisional indicator with its trend drawn. */
    record Row(ReviewService.ProvisionalEntry entry, Sparkline trend, String suggestedId) {
    }

    record Section(String organisation, List<Row> provisional, List<ReviewService.CandidateEntry> candidates) {
    }

    @GetMapping(ReviewSecurity.PAGE)
    String page(Model model, Authentication authentication) {
        List<Section> sections = review.review().stream().map(r -> new Section(r.organisation(), r.provisional().stream()
                .map(p -> new Row(p, Sparkline.of(p.trend()), suggestedId(p.id()))).toList(), r.candidates())).toList();
        model.addAttribute("sections", sections);
        model.addAttribute("signedIn", authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated());
        model.addAttribute("indicators", Stream.concat(catalogue.indicators().stream(), decisions.get().accepted().stream())
                .map(Indicator::id).toList());
        model.addAttribute("polarities", Arrays.stream(Polarity.values()).map(Polarity::id).toList());
        List<ReviewDecision> newestFirst = new java.util.ArrayList<>(decisions.get().all());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("decisions", newestFirst);
        model.addAttribute("width", Sparkline.WIDTH);
        model.addAttribute("height", Sparkline.HEIGHT);
        return "review";
    }

    @GetMapping(ReviewSecurity.SIGN_IN)
    String signIn(Model model) {
        model.addAttribute("tokenField", ReviewSecurity.TOKEN_FIELD);
        return "sign-in";
    }

    @PostMapping(ReviewSecurity.PAGE + "/{organisation}/accept")
    String accept(@PathVariable String organisation, @RequestParam String subject, @RequestParam String indicator,
                  @RequestParam String name, @RequestParam String unit, @RequestParam(defaultValue = "neutral") String polarity,
                  @RequestParam(defaultValue = "") String theme, @RequestParam(defaultValue = "") String cues, RedirectAttributes flash) {
        return decide(flash, ReviewDecision.Action.ACCEPT, organisation, subject, indicator, name, unit, polarity, theme, cues);
    }

    @PostMapping(ReviewSecurity.PAGE + "/{organisation}/merge")
    String merge(@PathVariable String organisation, @RequestParam String subject, @RequestParam String into, RedirectAttributes flash) {
        return decide(flash, ReviewDecision.Action.MERGE, organisation, subject, into, "", "", "", "", "");
    }

    @PostMapping(ReviewSecurity.PAGE + "/{organisation}/rename")
    String rename(@PathVariable String organisation, @RequestParam String subject, @RequestParam String name, RedirectAttributes flash) {
        return decide(flash, ReviewDecision.Action.RENAME, organisation, subject, "", name, "", "", "", "");
    }

    @PostMapping(ReviewSecurity.PAGE + "/{organisation}/reject")
    String reject(@PathVariable String organisation, @RequestParam String subject, RedirectAttributes flash) {
        return decide(flash, ReviewDecision.Action.REJECT, organisation, subject, "", "", "", "", "", "");
    }

    /** Undoes the decision on {@code subject}: its values back where they were, its indicator gone. */
    @PostMapping(ReviewSecurity.PAGE + "/{organisation}/undo")
    String undo(@PathVariable String organisation, @RequestParam String subject, RedirectAttributes flash) {
        try {
            ReviewService.Undone undone = review.undo(organisation, subject);
            flash.addFlashAttribute("done", "Undone: " + describe(undone.decision()) + " " + undone.valuesRestored() + " value(s) moved back"
                    + (undone.targetRemoved() ? "; its target removed." : "."));
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("problem", EchoedText.escaped(e.getMessage(), Problems.MAX_DETAIL));
        }
        return "redirect:" + ReviewSecurity.PAGE;
    }

    private String decide(RedirectAttributes flash, ReviewDecision.Action action, String organisation, String subject, String indicator,
                          String name, String unit, String polarity, String theme, String cues) {
        try {
            ReviewDecision d = review.decide(action, organisation, subject, indicator, name, unit, polarity, theme, splitCues(cues));
            flash.addFlashAttribute("done", describe(d));
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("problem", EchoedText.escaped(e.getMessage(), Problems.MAX_DETAIL));
        }
        return "redirect:" + ReviewSecurity.PAGE;
    }

    static List<String> splitCues(String cues) {
        return Arrays.stream(cues.split("[,\\n]")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    static String describe(ReviewDecision d) {
        return switch (d.action()) {
            case ACCEPT -> d.subject() + " accepted into the catalogue as " + d.indicator() + " (" + d.name() + ")";
            case MERGE -> d.subject() + " merged into " + d.indicator();
            case RENAME -> d.subject() + " renamed '" + d.name() + "'";
            case REJECT -> d.subject() + " marked as not a measure";
        } + " for " + d.organisation() + ".";
    }

    /** The provisional id without its prefix: a valid catalogue id to start from. */
    private static String suggestedId(String provisionalId) {
        return provisionalId.substring(dev.yardstick.catalogue.ProvisionalIndicators.PREFIX.length());
    }

}
