package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.DocumentRejectedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An update that names no period at all (an undated copy of a report, a news page quoting one) is
 * read rather than refused, its values without a period (a text naming a year is read for that
 * year, see {@code UndatedReportTest}); nothing of it is stored, since a point needs a time.
 */
class UndatedUpdateTest {

    private static final byte[] UNDATED = ("Borough Council: latest performance report\n"
            + "Service area\tLead\tPerformance Update\n"
            + "Care\tDirector of Adults\tOf the older people who used reablement, 92.3 per cent are living at home 91 days later.\n"
            + "Waste\tDirector of Place\tThis quarter we recycled 44.1% of household waste, up from 41.0% the year before.\n")
            .getBytes(StandardCharsets.UTF_8);

    private final UpdateExtraction extraction = new UpdateExtraction(UpdateExtraction.catalogue(null));

    @Test
    void aValueReckonedFromTheReportsOwnPeriodHasNone() {
        ExtractedUpdate update = extraction.extract("latest.txt", "borough", UNDATED);

        assertThat(update.document().dated()).isFalse();
        assertThat(update.observations()).extracting(MatchedObservation::observation)
                .extracting(o -> o.quantity().value() + " " + (o.period() == null ? "none" : o.period().label()))
                .containsExactly("92.3 none", "44.1 none", "41.0 none");
        assertThat(update.document().issues()).first().extracting(i -> i.problem()).asString()
                .contains("no title, heading or date names the period", "cannot be ingested");
    }

    @Test
    void anUpdateNamingNoPeriodIsNotIngested() {
        assertThatThrownBy(() -> extraction.extract("latest.txt", "borough", UNDATED, UpdateLimits.DEFAULTS))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("latest.txt")
                .hasMessageContaining("add the quarter to its title or table header");
    }

    @Test
    void aTextWithNoUpdateTableAndNoPeriodIsStillRefused() {
        byte[] notes = "Notes of the meeting\nMembers discussed the new leisure centre.\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extraction.extract("notes.txt", "borough", notes))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("no table header or title naming the reporting quarter");
    }
}
