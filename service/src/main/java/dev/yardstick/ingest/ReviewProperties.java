package dev.yardstick.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.review.*}.
 *
 * @param decisionsFile where the review decisions are kept (YAML, rewritten atomically on each
 *                      decision); empty means {@code review-decisions.yaml} beside the API targets
 *                      file ({@code yardstick.targets.api-file}), so one data folder holds both
 */
@ConfigurationProperties("yardstick.review")
public record ReviewProperties(@DefaultValue("") String decisionsFile) {
}
