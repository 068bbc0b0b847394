package dev.yardstick.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.ReadIssue;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Word and PDF versions give the text export's document: quarter, warnings, rows, themes,
 * directors, update text and the cells of figures tables (a council's own report).
 */
class OfficeFormatRowsTest {

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("dev.yardstick.formats.OfficeFormatAgreementTest#officeVersions")
    void officeVersionGivesTheRowsOfTheTextExport(String update, String format) {
        UpdateDocument text = OfficeFixtures.read(OfficeFixtures.text(update));
        UpdateDocument office = OfficeFixtures.read(OfficeFixtures.office(update + "." + format));

        assertThat(office.quarter()).isEqualTo(text.quarter());
        // a report that names no period is read with the same warning saying what was guessed
        assertThat(office.issues()).extracting(ReadIssue::problem).containsExactlyElementsOf(text.issues().stream().map(ReadIssue::problem).toList());
        assertThat(office.rows()).extracting(UpdateRow::theme).containsExactlyElementsOf(text.rows().stream().map(UpdateRow::theme).toList());
        assertThat(office.rows()).extracting(UpdateRow::accountability)
                .containsExactlyElementsOf(text.rows().stream().map(UpdateRow::accountability).toList());
        if (!update.endsWith("-council")) {
            assertThat(office.rows()).extracting(UpdateRow::director).containsExactlyElementsOf(text.rows().stream().map(UpdateRow::director).toList());
        }
        assertThat(office.rows()).extracting(UpdateRow::figures).containsExactlyElementsOf(text.rows().stream().map(UpdateRow::figures).toList());
        assertThat(office.rows()).extracting(OfficeFormatRowsTest::words).containsExactlyElementsOf(text.rows().stream().map(OfficeFormatRowsTest::words).toList());
    }

    /**
     * The update text with paragraph breaks and spacing folded: where a paragraph breaks is layout,
     * the words are not. A line wrapped after a hyphen cannot tell "self- evaluate" from
     * "self-evaluate", so neither can this.
     */
    private static String words(UpdateRow row) {
        return String.join(" ", row.paragraphs()).replaceAll("\\s+", " ").replaceAll("(?<=\\w)- (?=\\w)", "-");
    }
}
