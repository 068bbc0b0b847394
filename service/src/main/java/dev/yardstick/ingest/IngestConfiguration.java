package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, TargetsProperties.class})
class IngestConfiguration {

    /** The catalogue named by yardstick.ingest.catalogue, else the one bundled in the jar; invalid stops start-up with the reason. */
    @Bean
    IndicatorCatalogue indicatorCatalogue(IngestProperties properties) {
        return properties.catalogue().isBlank() ? IndicatorCatalogue.bundled() : IndicatorCatalogue.load(Path.of(properties.catalogue()));
    }

    /** UTC: what "today" means for staleness; a bean so tests can fix it. */
    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /** Targets file plus API-set targets; invalid targets stop start-up with the file, entry and fix. */
    @Bean
    TargetService targetService(IndicatorCatalogue catalogue, TargetsProperties properties) {
        return new TargetService(catalogue, properties.file(), Path.of(properties.apiFile()));
    }

    @Bean
    Assessor assessor(InfluxStore store, IndicatorCatalogue catalogue, TargetService targets) {
        return new Assessor(store, catalogue, targets::book);
    }

    @Bean
    IngestService ingestService(InfluxStore store, IndicatorCatalogue catalogue, Assessor assessor, IngestProperties properties,
                                MeterRegistry registry) {
        return new IngestService(store, catalogue, assessor, new IngestQueue(Path.of(properties.queueDir())), registry);
    }

    @Bean
    QueueDrainer queueDrainer(IngestService ingest, IngestProperties properties) {
        return new QueueDrainer(ingest, properties.retryInterval());
    }
}
