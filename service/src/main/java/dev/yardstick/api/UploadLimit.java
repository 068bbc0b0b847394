package dev.yardstick.api;

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

    /** Replaces spring.servlet.multipart.max-file-size / max-request-size: one setting for both media types. */
    @Bean
    MultipartConfigElement multipartConfigElement(ApiProperties properties) {
        long max = properties.maxUpload().toBytes();
        return new MultipartConfigElement(null, max, max + MULTIPART_OVERHEAD, 0);
    }

    /** The whole body, or {@link UploadTooLargeException} as soon as it is known to be over {@code max} bytes. */
    static byte[] read(InputStream body, long declaredLength, long max) throws IOException {
        if (declaredLength > max) {
            throw new UploadTooLargeException(max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 8192), max));
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n; (n = body.read(chunk)) != -1; ) {
            total += n;
            if (total > max) {
                throw new UploadTooLargeException(max);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    static final class UploadTooLargeException extends RuntimeException {
        UploadTooLargeException(long max) {
            super("The upload is over the limit of " + max + " bytes (yardstick.api.max-upload, YARDSTICK_API_MAX_UPLOAD); "
                    + "split the update or ask the operator to raise the limit.");
        }
    }
}
