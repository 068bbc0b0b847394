package dev.yardstick.store;

import org.influxdb.InfluxDBException;
import org.influxdb.InfluxDBIOException;

/** InfluxDB could not be reached or refused a request; the message says which, where and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Sorts a client failure: an I/O error or a server error worth retrying is an outage
     * ({@link StoreUnavailableException}); anything else (bad request, type conflict, refused
     * credentials) is a {@link StoreException} that retrying will not cure.
     */
    static StoreException from(String what, InfluxSettings settings, RuntimeException e) {
        if (e instanceof StoreException known) {
            return known;
        }
        boolean outage = e instanceof InfluxDBIOException || (e instanceof InfluxDBException ie && ie.isRetryWorth()
                && !(e instanceof InfluxDBException.AuthorizationFailedException));
        if (outage) {
            return new StoreUnavailableException("could not " + what + ": InfluxDB at " + settings.url() + " did not answer ("
                    + e.getMessage() + "); check yardstick.influx.url and that the server is running", e);
        }
        return new StoreException("could not " + what + ": InfluxDB at " + settings.url() + " refused it (" + e.getMessage()
                + "); check yardstick.influx.database, username and password", e);
    }
}
