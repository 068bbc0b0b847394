package dev.yardstick.store;

/** InfluxDB could not be reached or refused a request; the message says which, where and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
