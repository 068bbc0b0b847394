package dev.yardstick.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The body of one write request: its points as UTF-8 line protocol, one a line, held in an okio
 * buffer of small pooled segments. influxdb-java takes a body only as one String, which for a
 * batch of evidence-heavy points is megabytes of UTF-16 built, copied into a String and encoded
 * into bytes again: three arrays per request, each large enough for G1 to allocate as a
 * humongous object outside the young generation. Here each line is encoded once, straight into
 * UTF-8 bytes ({@link Utf8Line}) as it is built; the length is known before sending, so a server
 * whose {@code max-body-size} it is over refuses it (413) before reading it. It can be sent again (a retry) and saved to a file.
 */
final class LineProtocolBody extends RequestBody {

    private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

    private final Buffer bytes = new Buffer();
    private final int refused;

    LineProtocolBody(List<PointRecord> points) {
        Utf8Line line = new Utf8Line();
        int refusedHere = 0;
        for (PointRecord p : points) {
            line.clear();
            LineProtocol.append(line, p).ascii('\n');
            bytes.write(line.bytes(), 0, line.length());
            refusedHere += p.refused();
        }
        this.refused = refusedHere;
    }

    /** Tags and numbers left out of these points because line protocol cannot hold them. */
    int refused() {
        return refused;
    }

    @Override
    public MediaType contentType() {
        return TEXT;
    }

    @Override
    public long contentLength() {
        return bytes.size();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        bytes.copyTo(sink.getBuffer(), 0, bytes.size());
        sink.emit();
    }

    void writeTo(OutputStream out) throws IOException {
        bytes.copyTo(out, 0, bytes.size());
    }
}
