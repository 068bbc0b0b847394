package dev.yardstick.cli;

import dev.yardstick.catalogue.IndicatorCatalogue;
import java.io.PrintStream;
import java.util.List;

/** How {@code extract} prints: JSON for programs, CSV for spreadsheets, a table for people. */
interface ObservationFormat {

    void write(List<ExtractedDocument> documents, IndicatorCatalogue catalogue, PrintStream out);

    static ObservationFormat named(String name) {
        return switch (name) {
            case "json" -> new JsonFormat();
            case "csv" -> new CsvFormat();
            case "table" -> new TableFormat(TableFormat.widthFrom(System.getenv("COLUMNS")));
            default -> throw new UsageException("--format must be json, csv or table, was '" + name + "'");
        };
    }
}
