package dev.yardstick.store;

/**
 * InfluxDB could not be reached, or answered in a way worth retrying (timeout, 5xx, cache full):
 * the same request may succeed later, so accepted work waits in the ingest queue.
 */
public class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
