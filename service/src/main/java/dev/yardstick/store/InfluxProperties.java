package dev.yardstick.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yardstick.influx.*}: where InfluxDB is (environment: {@code YARDSTICK_INFLUX_URL},
 * {@code YARDSTICK_INFLUX_DATABASE}, {@code YARDSTICK_INFLUX_USERNAME}, {@code YARDSTICK_INFLUX_PASSWORD}).
 * A token for InfluxDB 2.x/3.x goes in the password. The password never appears in {@link #toString()}.
 */
@ConfigurationProperties("yardstick.influx")
public record InfluxProperties(@DefaultValue(InfluxSettings.DEFAULT_URL) String url,
                               @DefaultValue(InfluxSettings.DEFAULT_DATABASE) String database,
                               @DefaultValue(InfluxSettings.DEFAULT_RETENTION_POLICY) String retentionPolicy,
                               String username, String password) {

    public InfluxSettings settings() {
        return new InfluxSettings(url, database, retentionPolicy, username, password);
    }

    @Override
    public String toString() {
        return settings().toString();
    }
}
