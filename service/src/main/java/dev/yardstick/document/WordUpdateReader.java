package dev.yardstick.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word (.docx) update with Apache POI: the rows of every table in the body, in order
 * (a table continued as several tables is read as one), each cell's paragraphs kept apart and
 * list items marked; paragraphs outside the tables are context (title, notes), not rows. A file
 * with no update table is read from its text in reading order, as a text export would give it.
 */
final class WordUpdateReader {

    /** A span wider than any table: the cell covers every column. */
    private static final int SPANS_ALL = 64;

    private final ReadLimits limits;

    WordUpdateReader(ReadLimits limits) {
        this.limits = limits;
    }

    UpdateDocument read(String source, String organisation, byte[] bytes) {
        DocxPackage.check(source, bytes, limits);
        List<GridRow> grid = new ArrayList<>();
        List<String> context = new ArrayList<>();
        List<String> flow = new ArrayList<>(); // the text in reading order, for a report with no update table
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int[] characters = {0};
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    int from = grid.size();
                    addTable(table, grid, characters, source);
                    grid.subList(from, grid.size()).forEach(row -> flow.add(row.asTextLine().replace('\n', ' ')));
                } else if (element instanceof XWPFParagraph p) {
                    String text = Text.normalise(p.getText());
                    if (text.isEmpty()) {
                        continue;
                    }
                    flow.add(isListItem(p) ? "\u2022 " + text : text);
                    if (!grid.isEmpty() && isHeading(p, text)) {
                        // a heading between tables ("Theme 2: Housing") heads the rows of the tables below it
                        grid.add(new GridRow(List.of(new GridCell(List.of(text), SPANS_ALL)), grid.size() + 1, false));
                    } else {
                        context.add(text);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            // POI reports a damaged package or part as any of several runtime exceptions
            throw new DocumentRejectedException(source, "the Word file is damaged and cannot be read ("
                    + Text.printable(e.getMessage(), 160) + "); open it in Word, save it again as .docx and upload that");
        }
        return new GridAssembler(source, "Word").assemble(organisation, grid, context, flow);
    }

    /**
     * The rows of a table; a row that only holds tables (a layout table framing the real one)
     * gives the rows of the tables inside it instead.
     */
    private void addTable(XWPFTable table, List<GridRow> grid, int[] characters, String source) {
        boolean continued = !grid.isEmpty();
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTable> inner = row.getTableCells().stream().flatMap(c -> c.getTables().stream()).toList();
            if (!inner.isEmpty() && row.getTableCells().stream().allMatch(c -> c.getText().isBlank() || !c.getTables().isEmpty())) {
                for (XWPFTable t : inner) {
                    addTable(t, grid, characters, source);
                }
                continue;
            }
            grid.add(new GridRow(cells(row, characters, source), grid.size() + 1, continued));
            continued = false;
        }
    }

    private List<GridCell> cells(XWPFTableRow row, int[] characters, String source) {
        List<GridCell> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null ? pr.getGridSpan().getVal().intValue() : 1;
            boolean mergedFromAbove = pr != null && pr.isSetVMerge()
                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
            List<String> paragraphs = new ArrayList<>();
            if (!mergedFromAbove) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String text = p.getText().replace('\r', '\n'); // tabs stay: a split heading shows where it was cut
                    characters[0] += text.length();
                    if (characters[0] > limits.maxTextCharacters()) {
                        throw new DocumentRejectedException(source, "the Word file holds more than " + limits.maxTextCharacters()
                                + " characters of table text, beyond any update; split it and upload the parts");
                    }
                    if (!text.isBlank()) {
                        paragraphs.add(isListItem(p) ? "\u2022 " + text : text);
                    }
                }
            }
            cells.add(new GridCell(paragraphs, Math.max(1, span)));
        }
        return cells;
    }

    private static boolean isHeading(XWPFParagraph p, String text) {
        String style = p.getStyle();
        return style != null && style.toLowerCase(java.util.Locale.ROOT).startsWith("heading") && text.length() <= 120
                || Text.looksLikeHeading(text);
    }

    /** Numbered by the paragraph itself or by a list style ("List Bullet", "List Number"). */
    private static boolean isListItem(XWPFParagraph p) {
        if (p.getNumID() != null) {
            return true;
        }
        String style = p.getStyle();
        return style != null && (style.startsWith("ListBullet") || style.startsWith("ListNumber"));
    }
}
