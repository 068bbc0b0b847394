/**
 * Reading update files into {@link dev.yardstick.document.UpdateDocument} rows.
 *
 * <p>First step of the pipeline: knows nothing of quantities, indicators, InfluxDB, Spring or
 * HTTP. {@link dev.yardstick.document.UpdateReader} is the way in: it tells text exports, Word
 * (.docx) and PDF files apart by their bytes. This is the only package that uses Apache POI and
 * PDFBox. Enforced by {@code ArchitectureTest}.
 *
 * <p>Depends on: nothing in Yardstick.
 */
package dev.yardstick.document;
