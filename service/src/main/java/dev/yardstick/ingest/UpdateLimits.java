package dev.yardstick.ingest;

import java.util.Locale;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/**
 * What one update may be and hold, checked before any work that grows with it: its size before it
 * is read, lines and the longest stretch of text between sentence ends before extraction,
 * observations after it and before the update is queued or written. The one definition of these
 * limits, their settings and defaults: the service binds the settings
 * ({@code yardstick.api.max-upload}, {@code yardstick.ingest.max-lines}, {@code .max-sentence-length},
 * {@code .max-observations}) with these defaults, and the {@code ingest} command reads the same
 * settings from the environment variables Spring Boot maps to them ({@link #fromEnvironment}), so a
 * file the service would refuse is refused by the command too, with the same message.
 *
 * @param maxUploadBytes    largest update file or body, in bytes
 * @param maxLines          most lines one update may have
 * @param maxSentenceLength most characters between two sentence ends
 * @param maxObservations   most observations one update may yield
 */
public record UpdateLimits(long maxUploadBytes, int maxLines, int maxSentenceLength, int maxObservations) {

    public static final String MAX_UPLOAD = "yardstick.api.max-upload";
    public static final String MAX_LINES = "yardstick.ingest.max-lines";
    public static final String MAX_SENTENCE_LENGTH = "yardstick.ingest.max-sentence-length";
    public static final String MAX_OBSERVATIONS = "yardstick.ingest.max-observations";

    /** 20 MB: council PDFs carry embedded fonts, logos and charts that make them far larger than their text. */
    public static final String DEFAULT_MAX_UPLOAD = "20MB";
    public static final String DEFAULT_MAX_LINES = "20000";
    public static final String DEFAULT_MAX_SENTENCE_LENGTH = "5000";
    public static final String DEFAULT_MAX_OBSERVATIONS = "5000";

    /**
     * {@link #DEFAULT_MAX_UPLOAD} in bytes, as Spring's {@code DataSize} reads it (a test holds the two equal). Written
     * out rather than parsed: parsing loads spring-core, which the command line otherwise never opens.
     */
    static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    public static final UpdateLimits DEFAULTS = new UpdateLimits(DEFAULT_MAX_UPLOAD_BYTES,
            Integer.parseInt(DEFAULT_MAX_LINES), Integer.parseInt(DEFAULT_MAX_SENTENCE_LENGTH), Integer.parseInt(DEFAULT_MAX_OBSERVATIONS));

    public UpdateLimits {
        if (maxUploadBytes < 1 || maxLines < 1 || maxSentenceLength < 1 || maxObservations < 1
                || maxObservations > dev.yardstick.store.ObservationPoints.MAX_OBSERVATIONS) {
            throw new IllegalArgumentException(MAX_UPLOAD + ", " + MAX_LINES + ", " + MAX_SENTENCE_LENGTH + " and " + MAX_OBSERVATIONS
                    + " must be positive, and " + MAX_OBSERVATIONS + " at most " + dev.yardstick.store.ObservationPoints.MAX_OBSERVATIONS);
        }
    }

    /** The limits on an update's text and observations, with the default upload size (the body is read already). */
    public UpdateLimits(int maxLines, int maxSentenceLength, int maxObservations) {
        this(DEFAULTS.maxUploadBytes, maxLines, maxSentenceLength, maxObservations);
    }

    /**
     * The limits from the environment variables Spring Boot binds to their settings
     * ({@code YARDSTICK_API_MAX_UPLOAD}, {@code YARDSTICK_INGEST_MAX_LINES}, ...), each absent one at
     * its default.
     *
     * @throws IllegalArgumentException naming the variable when one is not a valid figure
     */
    public static UpdateLimits fromEnvironment(Map<String, String> env) {
        String upload = setting(env, MAX_UPLOAD, null);
        long bytes = DEFAULT_MAX_UPLOAD_BYTES;
        if (upload != null) {
            try {
                bytes = DataSize.parse(upload).toBytes();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(variable(MAX_UPLOAD) + " (" + MAX_UPLOAD + ") must be a size such as 20MB, was '" + upload + "'");
            }
        }
        return new UpdateLimits(bytes, number(env, MAX_LINES, DEFAULT_MAX_LINES), number(env, MAX_SENTENCE_LENGTH, DEFAULT_MAX_SENTENCE_LENGTH),
                number(env, MAX_OBSERVATIONS, DEFAULT_MAX_OBSERVATIONS));
    }

    /** The environment variable Spring Boot binds to {@code property}: upper case, dots and dashes as underscores. */
    static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String setting(Map<String, String> env, String property, String fallback) {
        // Spring Boot also binds the name without the dashes' underscores (YARDSTICK_INGEST_MAXLINES)
        String value = env.getOrDefault(variable(property), env.get(property.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_')));
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(Map<String, String> env, String property, String fallback) {
        String value = setting(env, property, fallback);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable(property) + " (" + property + ") must be a whole number, was '" + value + "'");
        }
    }

    /** An update of {@code bytes} bytes, refused when over {@code max-upload}. */
    public void checkSize(String source, long bytes) {
        if (bytes > maxUploadBytes) {
            throw new UpdateLimitExceededException(source, MAX_UPLOAD, maxUploadBytes, bytes, "bytes");
        }
    }

    /** The refusal of an upload over {@code max-upload} whose full size is not known (the reading stopped at the limit). */
    public UpdateLimitExceededException uploadTooLarge(String source) {
        return new UpdateLimitExceededException(source, MAX_UPLOAD, maxUploadBytes, "the upload is over the limit of " + maxUploadBytes + " bytes");
    }

    /**
     * Lines, and the longest stretch without a full stop, question or exclamation mark or line
     * break: no sentence is longer, so the extractor never meets one over the limit.
     */
    public void checkText(String source, String text) {
        int lines = 1;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            }
            run = c == '\n' || c == '.' || c == '!' || c == '?' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        if (lines > maxLines) {
            throw new UpdateLimitExceededException(source, MAX_LINES, maxLines, lines, "lines");
        }
        if (longest > maxSentenceLength) {
            throw new UpdateLimitExceededException(source, MAX_SENTENCE_LENGTH, maxSentenceLength, longest, "characters in one sentence");
        }
    }

    public void checkObservations(String source, int observations) {
        if (observations > maxObservations) {
            throw new UpdateLimitExceededException(source, MAX_OBSERVATIONS, maxObservations, observations, "observations");
        }
    }
}
