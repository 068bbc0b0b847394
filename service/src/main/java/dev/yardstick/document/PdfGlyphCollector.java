package dev.yardstick.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the text of one page with positions, using PDFBox's text stripper for what it does
 * well (fonts to Unicode, overlapping duplicate text removed, diacritics merged) and keeping
 * each piece's place instead of its line-by-line guess at layout.
 */
final class PdfGlyphCollector extends PDFTextStripper {

    private final int maxCharacters;
    private final List<PdfGlyph> glyphs = new ArrayList<>();
    private int characters;

    PdfGlyphCollector(int maxCharacters) {
        this.maxCharacters = maxCharacters;
        setSortByPosition(true);
    }

    /** The page's glyphs (1-based page number); the count carries over pages for the limit. */
    List<PdfGlyph> page(PDDocument document, int pageNumber) throws IOException {
        glyphs.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        getText(document);
        return List.copyOf(glyphs);
    }

    int characters() {
        return characters;
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                String text = t.getUnicode();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                characters += text.length();
                if (characters > maxCharacters) {
                    throw new TooMuchText();
                }
                glyphs.add(new PdfGlyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), Math.max(1f, t.getHeightDir()),
                        t.getWidthOfSpace() > 0 ? t.getWidthOfSpace() : t.getFontSizeInPt() * 0.25f, ligatures(text),
                        style(t)));
            }
        }
    }

    private static String style(TextPosition t) {
        return (t.getFont() == null ? "" : t.getFont().getName()) + "@" + Math.round(t.getFontSizeInPt());
    }

    private static String ligatures(String s) {
        if (s.length() != 1 || s.charAt(0) < '\uFB00' || s.charAt(0) > '\uFB06') {
            return s.replace('\u00AD', '\u0000').replace("\u0000", "");
        }
        return switch (s.charAt(0)) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            default -> "st";
        };
    }

    /** Thrown out of PDFBox's page walk when the document yields more text than the limit allows. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super(null, null, false, false);
        }
    }
}
