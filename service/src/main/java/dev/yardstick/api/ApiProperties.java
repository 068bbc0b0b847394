package dev.yardstick.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code yardstick.api.*}.
 *
 * @param token        bearer token required by write endpoints; with none, writes are refused
 * @param protectReads also require the token on read endpoints
 * @param maxUpload    largest update accepted
 */
@ConfigurationProperties("yardstick.api")
public record ApiProperties(String token, @DefaultValue("false") boolean protectReads, @DefaultValue("5MB") DataSize maxUpload) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "ApiProperties[token=" + (hasToken() ? "(set)" : "(none)") + ", protectReads=" + protectReads + ", maxUpload=" + maxUpload + "]";
    }
}
