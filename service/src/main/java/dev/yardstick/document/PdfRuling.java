package dev.yardstick.document;

/**
 * A ruling line on a PDF page (a table border), horizontal or vertical, in points from the
 * top-left corner.
 */
record PdfRuling(float x0, float y0, float x1, float y1) {

    /** Rulings thinner than this are lines, whatever way they were drawn (a stroke, a thin filled box). */
    static final float THICKNESS = 2.5f;

    static PdfRuling between(float ax, float ay, float bx, float by) {
        return new PdfRuling(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }

    boolean horizontal() {
        return y1 - y0 <= THICKNESS && x1 - x0 > THICKNESS * 2;
    }

    boolean vertical() {
        return x1 - x0 <= THICKNESS && y1 - y0 > THICKNESS * 2;
    }

    float y() {
        return (y0 + y1) / 2;
    }

    float x() {
        return (x0 + x1) / 2;
    }
}
