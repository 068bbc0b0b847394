package dev.yardstick.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.influx.*}: where InfluxDB is (environment: {@code YARDSTICK_INFLUX_URL},
 * {@code YARDSTICK_INFLUX_DATABASE}, {@code YARDSTICK_INFLUX_USERNAME}, {@code YARDSTICK_INFLUX_PASSWORD}).
 * A token for InfluxDB 2.x/3.x goes in the password. The password never appears in {@link #toString()}.
 * {@code timeout} bounds every request to InfluxDB: one that stops answering is an outage after
 * that long, and accepted uploads go to the queue instead of waiting. {@code keptOrganisations}:
 * for how many organisations the service keeps what it last wrote in memory, so their next upload
 * starts from it instead of reading their history back (checked against the update digests
 * InfluxDB holds, and dropped after any failed request); 0 reads every time.
 */
@ConfigurationProperties("yardstick.influx")
public record InfluxProperties(@DefaultValue(InfluxSettings.DEFAULT_URL) String url,
                               @DefaultValue(InfluxSettings.DEFAULT_DATABASE) String database,
                               @DefaultValue(InfluxSettings.DEFAULT_RETENTION_POLICY) String retentionPolicy,
                               String username, String password,
                               @DefaultValue("10s") java.time.Duration timeout,
                               @DefaultValue("64") int keptOrganisations) {

    public InfluxProperties {
        if (keptOrganisations < 0) {
            throw new IllegalArgumentException("yardstick.influx.kept-organisations must be 0 or more, e.g. 64; was " + keptOrganisations);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("yardstick.influx.timeout must be positive, e.g. 10s; was " + timeout);
        }
    }

    public InfluxSettings settings() {
        return new InfluxSettings(url, database, retentionPolicy, username, password);
    }

    @Override
    public String toString() {
        return settings().toString();
    }
}
