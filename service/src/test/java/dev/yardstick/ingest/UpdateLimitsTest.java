package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The command line reads the upload limit as the service binds it. */
class UpdateLimitsTest {

    @Test
    void defaultUploadLimitIsTheDefaultSettingAsSpringReadsIt() {
        assertThat(UpdateLimits.DEFAULTS.maxUploadBytes()).isEqualTo(DataSize.parse(UpdateLimits.DEFAULT_MAX_UPLOAD).toBytes());
        assertThat(UpdateLimits.fromEnvironment(Map.of())).isEqualTo(UpdateLimits.DEFAULTS);
        assertThat(UpdateLimits.fromEnvironment(Map.of("YARDSTICK_API_MAX_UPLOAD", " "))).isEqualTo(UpdateLimits.DEFAULTS);
    }

    @Test
    void uploadLimitFromTheEnvironmentIsReadAsSpringReadsIt() {
        assertThat(UpdateLimits.fromEnvironment(Map.of("YARDSTICK_API_MAX_UPLOAD", "64KB")).maxUploadBytes()).isEqualTo(64 * 1024);
        assertThat(UpdateLimits.fromEnvironment(Map.of("YARDSTICK_API_MAXUPLOAD", "2MB")).maxUploadBytes()).isEqualTo(2 * 1024 * 1024);
        assertThatThrownBy(() -> UpdateLimits.fromEnvironment(Map.of("YARDSTICK_API_MAX_UPLOAD", "lots")))
                .hasMessage("YARDSTICK_API_MAX_UPLOAD (yardstick.api.max-upload) must be a size such as 20MB, was 'lots'");
    }
}
