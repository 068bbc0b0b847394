package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Kind;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Provenance;
import dev.yardstick.extract.Qualifier;
import dev.yardstick.extract.Quantity;
import dev.yardstick.extract.Unit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An update's digest is stored with it and compared with the next version's: it must stay the
 * SHA-256 of the same text, or every update stored before would be written again as changed.
 */
class UpdateDigestTest {

    /** The digest as first written: each observation's text built in a StringBuilder and encoded by the JDK. */
    private static String digestAsFirstWritten(UpdateDocument document, List<MatchedObservation> observations) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((document.source() + '\u0000' + document.organisation() + '\u0000' + document.quarter()).getBytes(StandardCharsets.UTF_8));
        for (MatchedObservation m : observations) {
            var o = m.observation();
            StringBuilder text = new StringBuilder();
            text.append('\n').append(m.indicatorId()).append('\u0000').append(o.quantity().value()).append('\u0000')
                    .append(o.quantity().unitLabel()).append('\u0000').append(o.quantity().unit().measure()).append('\u0000')
                    .append(o.quantity().qualifier()).append('\u0000').append(o.kind()).append('\u0000')
                    .append(o.period().start()).append('\u0000').append(o.period().end()).append('\u0000')
                    .append(o.quantity().text()).append('\u0000').append(o.sentence()).append('\u0000')
                    .append(o.provenance().theme()).append('\u0000').append(o.provenance().director()).append('\u0000')
                    .append(o.provenance().accountability()).append('\u0000').append(o.provenance().row()).append('\u0000')
                    .append(o.derivation());
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedData.Q2_2017_18, SeedData.Q2_2019_20})
    void digestOfASeedUpdateIsTheDigestAsFirstWritten(String name) throws Exception {
        UpdateDocument document = SeedData.read(name);
        List<MatchedObservation> observations = SeedData.observations(name);

        assertThat(OrganisationIngest.digest(document, observations)).isEqualTo(digestAsFirstWritten(document, observations));
    }

    @Test
    void digestOfOddTextIsTheDigestAsFirstWritten() throws Exception {
        UpdateDocument document = new UpdateDocument("caf\u00e9 \u2013 q2.txt", "lbbd", new FinancialQuarter(2019, 2), List.of(), List.of());
        List<MatchedObservation> observations = List.of(
                observation(-0.25, "A fall of \u00a31.5m \u2026 \uD83D\uDCC8, nul\u0000 and a lone \uD800 surrogate.", null, null),
                observation(1e21, "Plain.", "Theme", "derived from two values"));

        assertThat(OrganisationIngest.digest(document, observations)).isEqualTo(digestAsFirstWritten(document, observations));
    }

    private static MatchedObservation observation(double value, String sentence, String theme, String derivation) {
        Observation o = new Observation(new Quantity(value, Unit.PERCENT, Qualifier.EXACT, "x", 0, 1, null), derivation == null ? Kind.ACTUAL : Kind.DERIVED,
                dev.yardstick.extract.Scope.OWN, new FinancialQuarter(2019, 2).period(), sentence, "",
                new Provenance("s", "lbbd", 7, theme, "A.", "Director \u00e9", false), derivation);
        return new MatchedObservation(null, o);
    }
}
