package dev.yardstick.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import dev.yardstick.ingest.UpdateLimits;

/**
 * {@code yardstick.api.*}.
 *
 * @param token        bearer token required by write endpoints; with none, writes are refused
 * @param protectReads also require the token on read endpoints
 * @param maxUpload    largest upload accepted, in any format; enforced while the body is read
 *                     ({@link UploadLimit}). 20 MB because council PDFs carry embedded fonts, logos and
 *                     charts that make them far larger than their text; the work an upload can cause is
 *                     bounded by the text it yields (the reader's 5,000,000 characters, the ingest limits),
 *                     not by this size, which bounds memory and transfer per request. Defined, with the
 *                     other limits on an update, in {@link UpdateLimits}
 */
@ConfigurationProperties("yardstick.api")
public record ApiProperties(String token, @DefaultValue("false") boolean protectReads, @DefaultValue(UpdateLimits.DEFAULT_MAX_UPLOAD) DataSize maxUpload) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "ApiProperties[token=" + (hasToken() ? "(set)" : "(none)") + ", protectReads=" + protectReads + ", maxUpload=" + maxUpload + "]";
    }
}
