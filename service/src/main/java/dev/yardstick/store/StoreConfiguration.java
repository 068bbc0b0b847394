package dev.yardstick.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The InfluxDB connection: Spring Boot 4 has no InfluxDB auto-configuration, so it is declared here. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InfluxProperties.class)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    InfluxStore influxStore(InfluxProperties properties) {
        InfluxStore store = new InfluxStore(properties.settings(), java.time.Clock.systemUTC(), properties.timeout(), null,
                properties.keptOrganisations());
        try {
            store.ensureDatabase();
        } catch (StoreException e) {
            // start anyway: reads and writes report the outage themselves
            log.warn("InfluxDB not ready at start-up: {}", e.getMessage());
        }
        return store;
    }
}
