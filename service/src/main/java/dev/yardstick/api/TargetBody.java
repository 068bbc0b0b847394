package dev.yardstick.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The shape of a target as {@code PUT /api/indicators/{id}/targets} takes it, for the OpenAPI
 * description only: the body is read as JSON and checked by {@code TargetBook.read}, the one place
 * that knows the rules (and words unknown fields, wrong units and both-or-neither lines as problems).
 */
@Schema(name = "Target", description = "A target as in targets.yaml: unit, tolerance, source and either steps or trajectory (not both).")
record TargetBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the indicator's unit, as GET /api/indicators/{id} gives it", example = "per 1000")
        String unit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, oneOf = {Double.class, String.class},
                description = "a number in the indicator's unit, or a percentage of the target such as \"5%\"", example = "5%")
        Object tolerance,
        @Schema(description = "where the target comes from (a plan, a committee decision)", example = "Corporate Plan 2017/18")
        String source,
        @Schema(description = "target values held over date ranges; give steps or trajectory")
        List<Step> steps,
        @Schema(description = "a straight line from a start value to an end value; give steps or trajectory")
        Trajectory trajectory,
        @JsonProperty("reporting_interval")
        @Schema(description = "how often values arrive, as an ISO-8601 period (P3M quarterly); stale after that", example = "P3M")
        String reportingInterval) {

    @Schema(name = "TargetStep")
    record Step(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double value) {
    }

    @Schema(name = "TargetTrajectory")
    record Trajectory(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate start,
                      @JsonProperty("start_value") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double startValue,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate end,
                      @JsonProperty("end_value") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) double endValue) {
    }
}
