package dev.yardstick.store;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where InfluxDB is and how to log in. For InfluxDB 2.x and 3.x (through their v1-compatible
 * API) the token goes in {@code password}. The password never appears in {@link #toString()}.
 *
 * @param url             base URL, e.g. {@code http://127.0.0.1:8086}
 * @param database        database (1.x) or bucket mapped through DBRP (2.x)
 * @param retentionPolicy retention policy written to; created as default if missing
 * @param username        user, or any non-empty name when authentication is off
 * @param password        password or token; may be empty when authentication is off
 */
public record InfluxSettings(String url, String database, String retentionPolicy, String username, String password) {

    public static final String DEFAULT_URL = "http://127.0.0.1:8086";
    public static final String DEFAULT_DATABASE = "yardstick";
    public static final String DEFAULT_RETENTION_POLICY = "autogen";

    public InfluxSettings {
        Objects.requireNonNull(url, "url");
        URI uri = URI.create(url);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("yardstick.influx.url must be an http(s) URL such as " + DEFAULT_URL + ", was '" + url + "'");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("yardstick.influx.database must not be blank");
        }
        retentionPolicy = retentionPolicy == null || retentionPolicy.isBlank() ? DEFAULT_RETENTION_POLICY : retentionPolicy;
        // influxdb-java refuses an empty user name even when authentication is off
        username = username == null || username.isBlank() ? "yardstick" : username;
        password = password == null ? "" : password;
    }

    /**
     * Settings from the environment variables named after the properties
     * ({@code YARDSTICK_INFLUX_URL}, {@code _DATABASE}, {@code _RETENTION_POLICY}, {@code _USERNAME}, {@code _PASSWORD}).
     */
    public static InfluxSettings fromEnvironment(Map<String, String> env) {
        return new InfluxSettings(env.getOrDefault("YARDSTICK_INFLUX_URL", DEFAULT_URL),
                env.getOrDefault("YARDSTICK_INFLUX_DATABASE", DEFAULT_DATABASE),
                env.get("YARDSTICK_INFLUX_RETENTION_POLICY"),
                env.get("YARDSTICK_INFLUX_USERNAME"), env.get("YARDSTICK_INFLUX_PASSWORD"));
    }

    @Override
    public String toString() {
        return "InfluxSettings[url=" + url + ", database=" + database + ", retentionPolicy=" + retentionPolicy
                + ", username=" + username + ", password=" + (password.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
