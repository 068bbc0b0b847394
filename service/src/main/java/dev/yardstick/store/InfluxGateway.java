package dev.yardstick.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.influxdb.InfluxDBIOException;
import org.influxdb.dto.Pong;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;
import org.influxdb.impl.InfluxDBImpl;
import retrofit2.Retrofit;

/**
 * The one class that talks to InfluxDB: InfluxQL (built by {@link InfluxQl}) in, rows out, through
 * influxdb-java; points (built as {@link PointRecord}) in, line protocol out, in requests of
 * {@link #BATCH_SIZE} sent with the client's HTTP library (OkHttp) as {@link LineProtocolBody},
 * which the client cannot take. Every failure leaves as a {@link StoreException}, sorted into
 * outage or refusal; bounded waits, so a hung server is an outage, not a blocked ingest.
 */
final class InfluxGateway implements AutoCloseable {

    /** Points per HTTP request: large enough to amortise the round trip, small enough for a 1.x server's default limits. */
    static final int BATCH_SIZE = 5_000;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final InfluxDB influx;
    /** Writes go to the 1.x write endpoint directly, each body streamed from a {@link LineProtocolBody}. */
    private final OkHttpClient writes;
    private final HttpUrl writeUrl;
    private final InfluxSettings settings;
    private final Path dump;
    private final AtomicLong dumped = new AtomicLong();
    private final AtomicLong pointsWritten = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong writeNanos = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    /**
     * Writes share this lock and deletions take it alone: InfluxDB 1.x before 1.7 can lose points
     * written while a DELETE or DROP SERIES runs on the same shard (influxdata/influxdb#10169, fixed
     * in 1.7 by #10516), and uploads of different organisations ingest in parallel.
     */
    private final ReentrantReadWriteLock deletions = new ReentrantReadWriteLock();
    private final Runnable onFailure;

    /** {@code dump}, when not null, is a folder that receives every write request's body as a file, in order. */
    InfluxGateway(InfluxSettings settings, Duration timeout, Path dump) {
        this(settings, timeout, dump, () -> { });
    }

    /** {@code onFailure} runs whenever a request fails: afterwards what the server holds is not known for sure. */
    InfluxGateway(InfluxSettings settings, Duration timeout, Path dump, Runnable onFailure) {
        this.settings = settings;
        this.dump = dump;
        this.onFailure = onFailure;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout).readTimeout(timeout).writeTimeout(timeout)
                .callTimeout(timeout.multipliedBy(2)).addInterceptor(InfluxRefusal.interceptor());
        if ("http".equals(HttpUrl.get(settings.url()).scheme())) {
            // a plain-HTTP server needs no TLS: without a TLS connection spec OkHttp does not load the platform's trust
            // store and certificate classes, a large share of the command line's start-up, once for each client built
            http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        // built before the client adds its own interceptors to the builder
        this.writes = http.build();
        this.writeUrl = HttpUrl.get(settings.url()).newBuilder().addPathSegment("write")
                .addQueryParameter("db", settings.database()).addQueryParameter("rp", settings.retentionPolicy())
                // microseconds: observation points past an update's 999th differ from each other below the millisecond
                .addQueryParameter("precision", "u").build();
        // the client first builds a Retrofit of its own without a client, for which Retrofit makes a default OkHttpClient
        // (loading the platform's TLS trust store) only to replace it; given a builder with a client already, it makes none
        this.influx = new InfluxDBImpl(settings.url(), settings.username(), settings.password(), http, new Retrofit.Builder().client(writes),
                InfluxDB.ResponseFormat.JSON);
    }

    InfluxSettings settings() {
        return settings;
    }

    String ping() {
        try {
            Pong pong = influx.ping();
            if (pong == null || !pong.isGood()) {
                throw new StoreUnavailableException("InfluxDB at " + settings.url() + " did not answer the ping", null);
            }
            return pong.getVersion();
        } catch (RuntimeException e) {
            throw failure("reach InfluxDB", e);
        }
    }

    /** Runs one request of statements against the configured database; the rows of each, in order, times in milliseconds. */
    List<ResultRows> query(String influxQl, String what) {
        return query(influxQl, what, TimeUnit.MILLISECONDS);
    }

    /** With {@code precision} the unit of the epoch times returned. */
    List<ResultRows> query(String influxQl, String what, TimeUnit precision) {
        List<ResultRows> out = new ArrayList<>();
        for (QueryResult.Result r : raw(new Query(influxQl, settings.database()), what, precision).getResults()) {
            List<ResultRows.Row> rows = new ArrayList<>();
            for (QueryResult.Series s : r.getSeries() == null ? List.<QueryResult.Series>of() : r.getSeries()) {
                Map<String, String> tags = s.getTags() == null ? Map.of() : s.getTags();
                for (List<Object> values : s.getValues() == null ? List.<List<Object>>of() : s.getValues()) {
                    rows.add(new ResultRows.Row(tags, s.getColumns(), values));
                }
            }
            out.add(new ResultRows(rows));
        }
        return out;
    }

    /** A statement that names its own database (SHOW DATABASES, CREATE DATABASE). */
    List<ResultRows> server(String influxQl, String what) {
        QueryResult r = raw(new Query(influxQl), what, TimeUnit.MILLISECONDS);
        List<ResultRows> out = new ArrayList<>();
        for (QueryResult.Result result : r.getResults()) {
            List<ResultRows.Row> rows = new ArrayList<>();
            for (QueryResult.Series s : result.getSeries() == null ? List.<QueryResult.Series>of() : result.getSeries()) {
                for (List<Object> values : s.getValues() == null ? List.<List<Object>>of() : s.getValues()) {
                    rows.add(new ResultRows.Row(Map.of(), s.getColumns(), values));
                }
            }
            out.add(new ResultRows(rows));
        }
        return out;
    }

    /** The client's own result, for ad-hoc queries (tests, the dashboards' checks). */
    QueryResult raw(String influxQl) {
        return raw(new Query(influxQl, settings.database()), "query", TimeUnit.MILLISECONDS);
    }

    private QueryResult raw(Query q, String what, TimeUnit precision) {
        QueryResult result;
        try {
            result = influx.query(q, precision);
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
        if (result.hasError()) {
            onFailure.run();
            throw new StoreException("could not " + what + ": InfluxDB answered '" + result.getError() + "'", null);
        }
        result.getResults().stream().filter(QueryResult.Result::hasError).findFirst().ifPresent(r -> {
            onFailure.run();
            throw new StoreException("could not " + what + ": InfluxDB answered '" + r.getError() + "'", null);
        });
        return result;
    }

    /** Runs DELETE and DROP SERIES statements in one request while no write is in flight (see {@link #deletions}). */
    void delete(List<String> statements, String what) {
        if (statements.isEmpty()) {
            return;
        }
        deletions.writeLock().lock();
        try {
            raw(new Query(InfluxQl.statements(statements), settings.database()), what, TimeUnit.MILLISECONDS);
        } finally {
            deletions.writeLock().unlock();
        }
    }

    /** Writes points in requests of {@link #BATCH_SIZE}, blocking until InfluxDB has taken each. */
    void write(List<PointRecord> points, String what) {
        deletions.readLock().lock();
        try {
            for (int from = 0; from < points.size(); from += BATCH_SIZE) {
                List<PointRecord> batch = points.subList(from, Math.min(points.size(), from + BATCH_SIZE));
                LineProtocolBody body = new LineProtocolBody(batch);
                send(body, what);
                pointsWritten.addAndGet(batch.size());
                refused.addAndGet(body.refused());
            }
        } finally {
            deletions.readLock().unlock();
        }
    }

    /**
     * One write request (line protocol reference: the 1.x {@code /write} endpoint). A 4xx refusal
     * has left through {@link InfluxRefusal}'s interceptor already; any other answer but 204 (a
     * 5xx, 408 or 429) is worth retrying, as influxdb-java held it.
     */
    private void send(LineProtocolBody body, String what) {
        Request request = new Request.Builder().url(writeUrl).header("Authorization",
                Credentials.basic(settings.username(), settings.password())).post(body).build();
        long started = System.nanoTime();
        try (Response response = writes.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                String reason = response.header("X-Influxdb-Error", response.message());
                throw failure("write " + what, new StoreUnavailableException("could not write " + what + " to database "
                        + settings.database() + ": InfluxDB at " + settings.url() + " answered " + response.code() + " (" + reason
                        + "); it may take it when tried again", null));
            }
        } catch (IOException e) {
            throw failure("write " + what + " to database " + settings.database(), new InfluxDBIOException(e));
        }
        writeNanos.addAndGet(System.nanoTime() - started);
        requests.incrementAndGet();
        if (dump != null) {
            try {
                Files.createDirectories(dump);
                try (OutputStream out = Files.newOutputStream(dump.resolve(String.format("%07d.lp", dumped.incrementAndGet())))) {
                    body.writeTo(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot dump line protocol to " + dump, e);
            }
        }
    }

    WriteStats stats() {
        return new WriteStats(pointsWritten.get(), Duration.ofNanos(writeNanos.get()), requests.get(), refused.get());
    }

    /**
     * Sorts a client failure: an I/O error or a server error worth retrying is an outage
     * ({@link StoreUnavailableException}); anything else (any 4xx answer but 408 and 429, as
     * {@link InfluxRefusal} keeps it: a query InfluxDB cannot parse, a body over its limit, a type
     * conflict, refused credentials) is a {@link StoreException} that retrying will not cure.
     */
    private StoreException failure(String what, RuntimeException e) {
        onFailure.run();
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
            case 413 -> "; the server's [http] max-body-size is below one batch of " + BATCH_SIZE + " points: raise it";
            default -> "; retrying will not help";
        };
    }

    @Override
    public void close() {
        influx.close();
        writes.dispatcher().executorService().shutdown();
        writes.connectionPool().evictAll();
    }
}
