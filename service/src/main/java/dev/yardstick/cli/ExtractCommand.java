package dev.yardstick.cli;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.OrganisationName;
import dev.yardstick.document.ReadIssue;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.ingest.ExtractedUpdate;
import dev.yardstick.ingest.UpdateExtraction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code extract}: read update files, print their observations, exit. No server is started. */
final class ExtractCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CommandLine cl) {
        if (cl.arguments().isEmpty()) {
            throw new UsageException("extract needs at least one FILE");
        }
        String format = cl.option("--format", "json");
        ObservationFormat writer = ObservationFormat.named(format);
        IndicatorCatalogue catalogue;
        try {
            catalogue = UpdateExtraction.catalogue(cl.options().get("--catalogue"));
        } catch (CatalogueException e) {
            err.println("error: " + e.getMessage());
            return Cli.DATA;
        }
        UpdateExtraction extraction = new UpdateExtraction(catalogue);
        List<ExtractedDocument> documents = new ArrayList<>();
        int rejected = 0;
        for (String name : cl.arguments()) {
            Path path = Path.of(name);
            try {
                byte[] bytes = Files.readAllBytes(path);
                String organisation = organisation(cl.options().get("--org"), path);
                ExtractedUpdate update = extraction.extract(path.getFileName().toString(), organisation, bytes);
                UpdateDocument doc = update.document();
                for (ReadIssue issue : doc.issues()) {
                    err.println("warning: " + doc.source() + " line " + issue.line() + ": " + issue.problem() + ": " + abbreviate(issue.text()));
                }
                documents.add(new ExtractedDocument(doc, update.observations()));
            } catch (DocumentRejectedException e) {
                err.println("error: " + e.getMessage());
                rejected++;
            } catch (IOException e) {
                err.println("error: " + name + ": cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                rejected++;
            }
        }
        writer.write(documents, catalogue, out);
        out.flush();
        return rejected == 0 ? Cli.OK : Cli.DATA;
    }

    /** --org, else YARDSTICK_ORGANISATION, else the file name up to its year ("lbbd-2017-18-q2.txt" gives lbbd). */
    static String organisation(String option, Path file) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String env = System.getenv("YARDSTICK_ORGANISATION");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return OrganisationName.fromFileName(file.getFileName().toString()).orElseThrow(() -> new DocumentRejectedException(file.getFileName().toString(),
                "cannot tell which organisation this update belongs to; pass --org NAME (or set YARDSTICK_ORGANISATION)"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
