package dev.yardstick.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway InfluxDB 1.x server for tests: Debian's {@code influxd}, on free loopback ports,
 * with its data in a temporary folder that is deleted on stop. Never the default ports, which
 * other processes may hold.
 */
public final class InfluxServer implements AutoCloseable {

    private final Path dir;
    private final int httpPort;
    private int rpcPort;
    private Process process;

    private final String httpSettings;

    private InfluxServer(Path dir, int httpPort, String httpSettings) {
        this.dir = dir;
        this.httpPort = httpPort;
        this.httpSettings = httpSettings;
    }

    public static InfluxServer start() {
        return start("");
    }

    /** With extra lines for the config's {@code [http]} section, e.g. {@code max-body-size = 2000}. */
    public static InfluxServer start(String httpSettings) {
        try {
            Path dir = Files.createTempDirectory("yardstick-influxd-");
            InfluxServer server = new InfluxServer(dir, freePort(), httpSettings);
            server.launch(freePort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and keeps its data, as an outage would. */
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Freezes the server (SIGSTOP): connections are accepted by the kernel but nothing answers, as a hung server would. */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a frozen server run again (SIGCONT). */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the server again on the same port with the same data. */
    public void restart() {
        try {
            launch(rpcPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch(int rpcPort) throws IOException {
        this.rpcPort = rpcPort;
        Path config = dir.resolve("influxdb.conf");
        Files.writeString(config, """
                reporting-disabled = true
                bind-address = "127.0.0.1:%d"
                [meta]
                  dir = "%s"
                [data]
                  dir = "%s"
                  wal-dir = "%s"
                  query-log-enabled = false
                [monitor]
                  store-enabled = false
                [http]
                  bind-address = "127.0.0.1:%d"
                  log-enabled = false
                %s
                """.formatted(rpcPort, dir.resolve("meta"), dir.resolve("data"), dir.resolve("wal"), httpPort, httpSettings));
        try {
            process = new ProcessBuilder("influxd", "run", "-config", config.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("influxd.log").toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("influxd is not installed: store tests need a real InfluxDB 1.x. "
                    + "Install Debian's 'influxdb' package (./scripts/test.sh does this) and run again.", e);
        }
        awaitPing(Duration.ofSeconds(20));
    }

    private void awaitPing(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("influxd exited at start-up:\n" + Files.readString(dir.resolve("influxd.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/ping").toURL().openConnection();
                c.setConnectTimeout(200);
                if (c.getResponseCode() == 204) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("influxd did not answer /ping within " + timeout + ":\n" + Files.readString(dir.resolve("influxd.log")));
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public InfluxSettings settings(String database) {
        return new InfluxSettings(url(), database, null, null, null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
