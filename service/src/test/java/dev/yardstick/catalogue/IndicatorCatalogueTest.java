package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.SeedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    private static IndicatorCatalogue parse(String yaml) {
        return IndicatorCatalogue.parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void seedCatalogueHasAtLeastThirtyIndicatorsIncludingTheFixedFive() {
        IndicatorCatalogue catalogue = SeedData.catalogue();

        assertThat(catalogue.size()).isGreaterThanOrEqualTo(30);
        assertThat(catalogue.indicators()).extracting(Indicator::id).contains("lottery_ticket_sales", "licence_applications",
                "neet_quintile", "teen_pregnancy_rate", "schools_good_or_better");
        assertThat(catalogue.find("teen_pregnancy_rate").orElseThrow().polarity()).isEqualTo(Polarity.LOWER_BETTER);
        assertThat(catalogue.find("neet_quintile").orElseThrow().polarity()).isEqualTo(Polarity.LOWER_BETTER);
    }

    @Test
    void bundledCatalogueIsTheSeedCatalogue() {
        assertThat(IndicatorCatalogue.bundled().indicators()).isEqualTo(SeedData.catalogue().indicators());
    }

    @Test
    void rejectsUnknownPolarityNamingTheIndicator() {
        assertThatThrownBy(() -> parse("""
                indicators:
                  - {id: a_b, name: A, unit: "%", measure: percent, polarity: up, cues: [a]}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("indicator #1 (a_b)").hasMessageContaining("higher_better");
    }

    @Test
    void rejectsDuplicateIdsAndMissingCues() {
        assertThatThrownBy(() -> parse("""
                indicators:
                  - {id: a_b, name: A, unit: "%", measure: percent, polarity: neutral, cues: [a]}
                  - {id: a_b, name: B, unit: "%", measure: percent, polarity: neutral, cues: [b]}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> parse("""
                indicators:
                  - {id: a_b, name: A, unit: "%", measure: percent, polarity: neutral}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("at least one cue");
    }

    @Test
    void rejectsMisspelledFields() {
        assertThatThrownBy(() -> parse("""
                indicators:
                  - {id: a_b, name: A, unit: "%", measure: percent, polarity: neutral, cues: [a], cue: [b]}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("unknown field").hasMessageContaining("cue");
    }

    @Test
    void libraryHasAtLeast150IndicatorsEachWithItsFramework() {
        IndicatorCatalogue library = IndicatorCatalogue.library();

        assertThat(library.size()).isGreaterThanOrEqualTo(150);
        assertThat(library.indicators()).allSatisfy(i -> assertThat(i.framework()).isNotBlank());
        assertThat(library.find("ni_recycling_rate").orElseThrow().reference()).isEqualTo("NI 192");
        assertThat(library.find("ascof_self_directed_support").orElseThrow().reference()).isEqualTo("ASCOF 1C(1A)");
        assertThat(library.find("phof_u18_conception_rate").orElseThrow().reference()).isEqualTo("PHOF C02a");
    }

    @Test
    void libraryIndicatorWithoutAFrameworkIsRejected() {
        assertThatThrownBy(() -> IndicatorCatalogue.parseLibrary("lib.yaml", new ByteArrayInputStream("""
                indicators:
                  - {id: a_b, name: A, unit: "%", measure: percent, polarity: neutral, cues: [a]}
                """.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("lib.yaml, indicator #1 (a_b)").hasMessageContaining("framework");
    }

    @Test
    void codeWithoutAFrameworkIsRejected() {
        assertThatThrownBy(() -> parse("""
                indicators:
                  - {id: a_b, name: A, unit: "%", measure: percent, polarity: neutral, cues: [a], code: "192"}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("no framework");
    }

    @Test
    void councilsOwnIndicatorsComeFirstAndKeepTheirIdOverTheLibrarys() {
        IndicatorCatalogue own = parse("""
                indicators:
                  - {id: ni_recycling_rate, name: Our recycling, unit: "%", measure: percent, polarity: higher_better, cues: [recycl]}
                """);

        IndicatorCatalogue both = own.withLibrary(IndicatorCatalogue.library());

        assertThat(both.indicators().get(0).name()).isEqualTo("Our recycling");
        assertThat(both.size()).isEqualTo(IndicatorCatalogue.library().size());
        assertThat(both.tiers()).hasSize(2);
    }
}
