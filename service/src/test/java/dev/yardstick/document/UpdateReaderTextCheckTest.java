package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.SeedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The caller's content check (the ingest limits) sees every format's text, and a refusal stops the read. */
class UpdateReaderTextCheckTest {

    private static byte[] file(String name) throws IOException {
        return name.endsWith(".txt") ? Files.readAllBytes(SeedData.update(name))
                : Files.readAllBytes(SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office").resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lbbd-2017-18-q2.txt", "lbbd-2017-18-q2.docx", "lbbd-2017-18-q2.pdf"})
    void checkSeesTheUpdateTextOfEveryFormat(String name) throws IOException {
        List<String> seen = new ArrayList<>();

        UpdateDocument doc = new UpdateReader().read(name, "lbbd", file(name), seen::add);

        assertThat(seen).hasSize(1);
        String text = seen.get(0);
        assertThat(text).contains("27.1 per 1000");
        assertThat(text.lines().count()).isGreaterThanOrEqualTo(doc.rows().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lbbd-2017-18-q2.txt", "lbbd-2017-18-q2.docx", "lbbd-2017-18-q2.pdf"})
    void aRefusingCheckStopsTheRead(String name) {
        assertThatThrownBy(() -> new UpdateReader().read(name, "lbbd", file(name), text -> {
            throw new IllegalStateException("over a limit");
        })).isInstanceOf(IllegalStateException.class).hasMessage("over a limit");
    }
}
