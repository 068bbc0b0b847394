package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    /** The catalogue named by yardstick.ingest.catalogue, else the one bundled in the jar; invalid stops start-up with the reason. */
    @Bean
    IndicatorCatalogue indicatorCatalogue(IngestProperties properties) {
        return properties.catalogue().isBlank() ? IndicatorCatalogue.bundled() : IndicatorCatalogue.load(Path.of(properties.catalogue()));
    }

    @Bean
    IngestService ingestService(InfluxStore store, IndicatorCatalogue catalogue, IngestProperties properties, MeterRegistry registry) {
        return new IngestService(store, catalogue, new IngestQueue(Path.of(properties.queueDir())), registry);
    }

    @Bean
    QueueDrainer queueDrainer(IngestService ingest, IngestProperties properties) {
        return new QueueDrainer(ingest, properties.retryInterval());
    }
}
