package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;

/**
 * An update over one of the {@link UpdateLimits}: refused before it is queued or written, naming
 * the limit, its setting (and the environment variable for it) and the figure found.
 */
public class UpdateLimitExceededException extends DocumentRejectedException {

    private final String limit;
    private final long maximum;

    UpdateLimitExceededException(String source, String limit, long maximum, long found, String what) {
        this(source, limit, maximum, "the update has " + found + " " + what + ", over the limit of " + maximum);
    }

    /** When the figure is not known: the container stopped reading a multipart body at the limit. */
    UpdateLimitExceededException(String source, String limit, long maximum, String problem) {
        super(source, problem + " (" + limit + ", " + UpdateLimits.variable(limit) + "); split the update or ask the operator to raise the limit");
        this.limit = limit;
        this.maximum = maximum;
    }

    /** The setting that holds the limit, e.g. {@code yardstick.ingest.max-lines}. */
    public String limit() {
        return limit;
    }

    public long maximum() {
        return maximum;
    }

    /** True for the size limit ({@code yardstick.api.max-upload}), which HTTP answers 413 rather than 422. */
    public boolean isSize() {
        return UpdateLimits.MAX_UPLOAD.equals(limit);
    }
}
