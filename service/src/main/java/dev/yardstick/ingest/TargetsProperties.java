package dev.yardstick.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.targets.*}.
 *
 * @param file    targets YAML; empty means the copy of {@code seed-data/targets.yaml} bundled in the jar
 * @param apiFile where targets set through {@code PUT /api/indicators/{id}/targets} are kept, so
 *                they survive a restart; laid over {@code file}
 */
@ConfigurationProperties("yardstick.targets")
public record TargetsProperties(@DefaultValue("") String file, @DefaultValue("data/targets-from-api.yaml") String apiFile) {
}
