package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.document.UpdateReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestQueueTest {

    private final Path dir = SeedData.tempDir("queue-test");

    @Test
    void entriesComeOutOldestFirstWithTheirBytesAndNames() {
        IngestQueue queue = new IngestQueue(dir);
        queue.enqueue("a.txt", "lbbd", "first".getBytes(StandardCharsets.UTF_8));
        queue.enqueue("b\tc.txt", "council\nwith newline", "second".getBytes(StandardCharsets.UTF_8));

        IngestQueue.Entry oldest = queue.oldest().orElseThrow();
        assertThat(oldest.source()).isEqualTo("a.txt");
        assertThat(new String(oldest.bytes(), StandardCharsets.UTF_8)).isEqualTo("first");
        queue.remove(oldest);

        IngestQueue.Entry next = queue.oldest().orElseThrow();
        assertThat(next.source()).isEqualTo("b\tc.txt");
        assertThat(next.organisation()).isEqualTo("council\nwith newline");
        assertThat(new String(next.bytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(queue.depth()).isEqualTo(1);
    }

    @Test
    void spoolsWordAndPdfUploadsByteForByteSoTheyReadTheSameWhenWritten() throws Exception {
        Path office = SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office");
        byte[] pdf = Files.readAllBytes(office.resolve("h01.pdf"));
        byte[] docx = Files.readAllBytes(office.resolve("h01.docx"));
        IngestQueue queue = new IngestQueue(dir);
        queue.enqueue("h01.pdf", "devshire", pdf);
        queue.enqueue("h01.docx", "devshire", docx);

        IngestQueue.Entry first = new IngestQueue(dir).oldest().orElseThrow();
        queue.remove(first);
        IngestQueue.Entry second = queue.oldest().orElseThrow();

        assertThat(first.bytes()).isEqualTo(pdf);
        assertThat(second.bytes()).isEqualTo(docx);
        UpdateReader reader = new UpdateReader();
        assertThat(reader.read(first.source(), first.organisation(), first.bytes()).rows())
                .isEqualTo(reader.read("h01.pdf", "devshire", pdf).rows());
    }

    @Test
    void queuedEntriesSurviveARestartAndNewEntriesGoBehindThem() {
        IngestQueue before = new IngestQueue(dir);
        for (int i = 1; i <= 12; i++) {
            before.enqueue("u" + i + ".txt", "lbbd", new byte[] {(byte) i});
        }

        IngestQueue after = new IngestQueue(dir);
        after.enqueue("late.txt", "lbbd", new byte[] {99});

        assertThat(after.depth()).isEqualTo(13);
        for (int i = 1; i <= 12; i++) {
            IngestQueue.Entry e = after.oldest().orElseThrow();
            assertThat(e.source()).isEqualTo("u" + i + ".txt");
            after.remove(e);
        }
        assertThat(after.oldest().orElseThrow().source()).isEqualTo("late.txt");
    }

    @Test
    void anEnqueueInterruptedBeforeItsRenameIsDiscardedAtStartUp() throws Exception {
        Files.write(dir.resolve("0000000000000000001.update.partial"), "half".getBytes(StandardCharsets.UTF_8));

        IngestQueue queue = new IngestQueue(dir);

        assertThat(queue.depth()).isZero();
        assertThat(queue.oldest()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
