package dev.yardstick.api;

import dev.yardstick.ingest.IngestProperties;
import dev.yardstick.ingest.UpdateLimits;
import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code yardstick.api.max-upload} enforced while the body is read, never after: a raw body (text,
 * Word, PDF or octet-stream) is read in chunks and refused the moment it passes the limit (or at once when its Content-Length
 * says it will); a multipart body is limited by the servlet container with the same figure.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

    /** Multipart headers and boundaries around the one file field. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** The limits on an update, as the service applies them and the {@code ingest} command does. */
    @Bean
    UpdateLimits updateLimits(ApiProperties api, IngestProperties ingest) {
        return ingest.limits(api.maxUpload().toBytes());
    }

    /** Replaces spring.servlet.multipart.max-file-size / max-request-size: one setting for both media types. */
    @Bean
    MultipartConfigElement multipartConfigElement(UpdateLimits limits) {
        long max = limits.maxUploadBytes();
        return new MultipartConfigElement(null, max, max + MULTIPART_OVERHEAD, 0);
    }

    /**
     * The whole body, or {@link dev.yardstick.ingest.UpdateLimitExceededException} for the size
     * limit as soon as the body is known to be over it.
     */
    static byte[] read(String source, InputStream body, long declaredLength, UpdateLimits limits) throws IOException {
        long max = limits.maxUploadBytes();
        if (declaredLength > max) {
            limits.checkSize(source, declaredLength);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 8192), max));
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n; (n = body.read(chunk)) != -1; ) {
            total += n;
            if (total > max) {
                throw limits.uploadTooLarge(source); // reading stops here, so the full size is never known
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
