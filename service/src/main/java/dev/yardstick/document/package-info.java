/**
 * Reading update files into {@link dev.yardstick.document.UpdateDocument} rows.
 *
 * <p>First step of the pipeline: depends on nothing else in Yardstick, and knows nothing of
 * quantities, indicators, InfluxDB or HTTP. {@link dev.yardstick.document.UpdateReader} is the way
 * in: it tells text exports, Word (.docx) and PDF files apart by their bytes. This is the only
 * package that uses Apache POI and PDFBox. Enforced by {@code ArchitectureTest}.
 */
package dev.yardstick.document;
