package dev.yardstick.formats;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateReader;
import dev.yardstick.extract.Extractor;
import dev.yardstick.extract.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Word and PDF fixtures made by scripts/make-fixtures.sh, beside the text exports they were made from. */
final class OfficeFixtures {

    static final List<String> UPDATES = List.of("lbbd-2017-18-q2", "lbbd-2019-20-q2", "h01", "h02", "h03", "h04",
            "lbbd-2019-20-q2-council", "lbbd-2017-18-q2-borderless", "h02-borderless");

    /**
     * Councils' own reports (headed prose, bullets, figures tables) from the labelled corpora, by
     * the name of their Word and PDF versions (made by ReportFixtureWriter, then LibreOffice).
     */
    static final Map<String, String> REPORTS = Map.of(
            "maidstone-2019-20-q3-report", "councils-a/docs/maidstone-2019-20-q3.txt",
            "winchester-2014-15-service-standards-report", "councils-m/docs/winchester-2014-15-service-standards.txt",
            "torbay-2022-23-asc-outcomes-report", "councils-p/docs/torbay-2022-23-asc-outcomes.txt",
            "braintree-2023-24-q1-performance-report", "councils-aj/docs/braintree-2023-24-q1-performance.txt",
            "solihull-2008-09-q4-report", "councils-am/docs/solihull-2008-09-q4.txt",
            "moray-2017-18-q2-report", "councils-e/docs/moray-2017-18-q2.txt");

    private OfficeFixtures() {
    }

    static Path office(String name) {
        return SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office").resolve(name);
    }

    /** The text export an update's Word and PDF versions were made from. */
    static Path text(String update) {
        if (REPORTS.containsKey(update)) {
            return SeedData.dir().getParent().resolve("service/src/test/resources/corpora").resolve(REPORTS.get(update));
        }
        if (update.endsWith("-council") || update.endsWith("-borderless")) {
            return text(update.substring(0, update.lastIndexOf('-')));
        }
        return update.startsWith("lbbd") ? SeedData.update(update + ".txt")
                : SeedData.dir().getParent().resolve("service/src/test/resources/corpora/dev/docs").resolve(update + ".txt");
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UpdateDocument read(Path file) {
        return new UpdateReader().read(file.getFileName().toString(), "lbbd", bytes(file));
    }

    static List<MatchedObservation> observations(Path file) {
        IndicatorMatcher matcher = new IndicatorMatcher(SeedData.catalogue());
        return matcher.match(new Extractor(matcher).extract(read(file)));
    }

    /** What makes two observations the same for agreement: sentence, value, kind and period. */
    static String key(Observation o) {
        return String.join("|", o.sentence().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
                String.format(Locale.ROOT, "%.6g", o.quantity().value()), o.kind().name(),
                String.valueOf(o.period().start()), String.valueOf(o.period().end()));
    }

    /** Agreement of {@code other} with {@code reference}: the share of the reference's observations found in it, and what is missing. */
    record Agreement(int reference, int found, List<String> missing, List<String> extra) {
        double share() {
            return reference == 0 ? 1 : (double) found / reference;
        }
    }

    static Agreement agreement(List<MatchedObservation> reference, List<MatchedObservation> other) {
        Map<String, Integer> pool = new HashMap<>();
        for (MatchedObservation m : other) {
            pool.merge(key(m.observation()), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (MatchedObservation m : reference) {
            String k = key(m.observation());
            if (pool.getOrDefault(k, 0) > 0) {
                pool.merge(k, -1, Integer::sum);
                found++;
            } else {
                missing.add(k);
            }
        }
        List<String> extra = new ArrayList<>();
        pool.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                extra.add(k);
            }
        });
        return new Agreement(reference.size(), found, missing, extra);
    }
}
