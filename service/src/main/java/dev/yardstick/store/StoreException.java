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
     * ({@link StoreUnavailableException}); anything else (any 4xx answer but 408 and 429, as
     * {@link InfluxRefusal} keeps it: a query InfluxDB cannot parse, a body over its limit, a type
     * conflict, refused credentials) is a {@link StoreException} that retrying will not cure.
     */
    static StoreException from(String what, InfluxSettings settings, RuntimeException e) {
        if (e instanceof StoreException known) {
            return known;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InfluxRefusal refusal) {
                return new StoreException("could not " + what + ": InfluxDB at " + settings.url() + " refused the request for good ("
                        + refusal.getMessage() + ")" + hint(refusal.status()), e);
            }
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

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> "; check yardstick.influx.username and password";
            case 404 -> "; check yardstick.influx.url and database";
            case 413 -> "; the server's [http] max-body-size is below one batch of " + InfluxStore.BATCH_SIZE + " points: raise it";
            default -> "; retrying will not help";
        };
    }
}
