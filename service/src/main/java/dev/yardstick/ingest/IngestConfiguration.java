package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.MeterRegistry;
import dev.yardstick.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, TargetsProperties.class, ReviewProperties.class})
class IngestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

    /**
     * The catalogue named by yardstick.ingest.catalogue, else the one bundled in the jar, followed by
     * the bundled standard library; invalid stops start-up with the reason.
     */
    @Bean
    IndicatorCatalogue indicatorCatalogue(IngestProperties properties) {
        return UpdateExtraction.catalogue(properties.catalogue());
    }

    /** UTC: what "today" means for staleness; a bean so tests can fix it. */
    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /** Targets file plus API-set targets; invalid targets stop start-up with the file, entry and fix. */
    @Bean
    TargetService targetService(IndicatorCatalogue catalogue, TargetsProperties properties, DecisionFile decisions) {
        return new TargetService(catalogue, properties.file(), Path.of(properties.apiFile()), decisions);
    }

    /** The review decisions, from their file; an invalid file stops start-up with the decision and the fix. */
    @Bean
    DecisionFile decisionFile(ReviewProperties review, TargetsProperties targets) {
        return DecisionFile.at(review.decisionsFile(), targets.apiFile());
    }

    @Bean
    Assessor assessor(InfluxStore store, IndicatorCatalogue catalogue, TargetService targets, java.time.Clock clock, DecisionFile decisions) {
        return new Assessor(store, catalogue, targets::book, clock, decisions);
    }

    @Bean
    ReviewService reviewService(InfluxStore store, IndicatorCatalogue catalogue, DecisionFile decisions, IngestService ingest,
                                Assessor assessor, TargetService targets, java.time.Clock clock) {
        return new ReviewService(store, catalogue, decisions, ingest, assessor, targets, clock);
    }

    /**
     * Every hour, today's freshness of every indicator (a day's point is overwritten until the day
     * ends), so the stale alert sees time pass when no update arrives.
     */
    @Bean
    PeriodicTask freshnessRecorder(Assessor assessor) {
        return new PeriodicTask("indicator-freshness", Duration.ofMinutes(1), Duration.ofHours(1), () -> {
            try {
                assessor.recordFreshness();
            } catch (StoreException e) {
                log.warn("indicator freshness not recorded: {}", e.getMessage());
            }
        });
    }

    @Bean
    IngestService ingestService(InfluxStore store, IndicatorCatalogue catalogue, Assessor assessor, IngestProperties properties,
                                MeterRegistry registry, DecisionFile decisions, UpdateLimits limits) {
        return new IngestService(store, catalogue, assessor, new IngestQueue(Path.of(properties.queueDir())), registry, limits,
                decisions);
    }

    /** Retries the durable ingest queue (and re-assessments) while InfluxDB has not taken them yet. */
    @Bean
    PeriodicTask queueDrainer(IngestService ingest, IngestProperties properties) {
        return new PeriodicTask("ingest-queue-drainer", properties.retryInterval(), properties.retryInterval(), () -> {
            if (ingest.hasPendingWork() && ingest.drainQueue() > 0) {
                log.warn("{} accepted update(s) still waiting for InfluxDB: {}", ingest.queueDepth(),
                        ingest.lastStoreError().orElse("unknown reason"));
            }
        });
    }
}
