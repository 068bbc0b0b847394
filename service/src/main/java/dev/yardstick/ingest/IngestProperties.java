package dev.yardstick.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.ingest.*}.
 *
 * @param seedOnStartup ingest every {@code *.txt} under {@code seedDir} when the service starts
 * @param seedDir       folder of updates to ingest at start-up
 * @param catalogue     indicator catalogue file; empty means the catalogue bundled in the jar
 */
@ConfigurationProperties("yardstick.ingest")
public record IngestProperties(@DefaultValue("false") boolean seedOnStartup,
                               @DefaultValue("seed-data/updates") String seedDir,
                               @DefaultValue("") String catalogue) {
}
