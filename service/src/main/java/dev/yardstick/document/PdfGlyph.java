package dev.yardstick.document;

/**
 * One piece of text on a PDF page, where it is: x from the left edge, y the baseline from the
 * top edge, in points; {@code style} names its font and size, so a heading set in bold is told
 * from the paragraph under it.
 */
record PdfGlyph(float x, float baseline, float width, float height, float spaceWidth, String text, String style) {

    float right() {
        return x + width;
    }

    float top() {
        return baseline - height;
    }

    float middleY() {
        return baseline - height / 2;
    }

    float middleX() {
        return x + width / 2;
    }
}
