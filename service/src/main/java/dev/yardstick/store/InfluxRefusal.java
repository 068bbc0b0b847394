package dev.yardstick.store;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * InfluxDB answered a request with a 4xx status: the request itself is refused (a query it cannot
 * parse, a body over its {@code max-body-size}, a database or endpoint it does not have), so sending
 * it again will not help. influxdb-java drops the status and turns most such answers into a plain
 * {@code InfluxDBException} that calls itself worth retrying, which made them look like outages;
 * {@link #interceptor()} keeps the status, and {@link StoreException#from} sorts on it.
 * 408 (request timeout) and 429 (too many requests) are the 4xx statuses that invite a retry
 * (RFC 9110 section 15.5.9, RFC 6585 section 4) and stay outages.
 */
final class InfluxRefusal extends IOException {

    private static final int MAX_DETAIL = 300;

    private final int status;

    private InfluxRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    /** An OkHttp interceptor that turns a permanent 4xx answer into an {@link InfluxRefusal}. */
    static Interceptor interceptor() {
        return chain -> {
            Response response = chain.proceed(chain.request());
            int code = response.code();
            if (code < 400 || code >= 500 || code == 408 || code == 429) {
                return response;
            }
            // InfluxDB 1.x names the reason in a header; 2.x and 3.x only in the JSON body
            String reason = response.header("X-Influxdb-Error");
            if (reason == null || reason.isBlank()) {
                reason = response.peekBody(MAX_DETAIL).string();
            }
            response.close();
            reason = reason.strip();
            throw new InfluxRefusal(code, code + (response.message().isBlank() ? "" : " " + response.message()) + ": "
                    + (reason.length() > MAX_DETAIL ? reason.substring(0, MAX_DETAIL) + "..." : reason));
        };
    }
}
