package dev.yardstick.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws: every straight horizontal or vertical segment of a stroked
 * path, and every filled box thin enough to be a line (some producers draw borders that way).
 * Counting stops at a limit, so a page built of millions of paths costs bounded work.
 */
final class PdfPageContent extends PDFGraphicsStreamEngine {

    private static final int MAX_SEGMENTS = 50_000;

    private final PDRectangle crop;
    private final List<PdfRuling> rulings = new ArrayList<>();
    private final List<PdfRuling> path = new ArrayList<>();
    private final List<PdfRuling> boxes = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float start = new Point2D.Float();
    private boolean images;

    PdfPageContent(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    static PdfPageContent of(PDPage page) throws IOException {
        PdfPageContent content = new PdfPageContent(page);
        content.processPage(page);
        return content;
    }

    List<PdfRuling> rulings() {
        return rulings;
    }

    /** Whether the page paints any image (a scanned page is one image and no text). */
    boolean hasImages() {
        return images;
    }

    private float x(double x) {
        return (float) (x - crop.getLowerLeftX());
    }

    private float y(double y) {
        return (float) (crop.getUpperRightY() - y);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        boxes.add(PdfRuling.between(x(Math.min(p0.getX(), p2.getX())), y(Math.min(p0.getY(), p2.getY())),
                x(Math.max(p0.getX(), p2.getX())), y(Math.max(p0.getY(), p2.getY()))));
        // a stroked rectangle draws its four sides
        float ax = x(p0.getX()), ay = y(p0.getY()), bx = x(p2.getX()), by = y(p2.getY());
        path.add(PdfRuling.between(ax, ay, bx, ay));
        path.add(PdfRuling.between(ax, by, bx, by));
        path.add(PdfRuling.between(ax, ay, ax, by));
        path.add(PdfRuling.between(bx, ay, bx, by));
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(PdfRuling.between(x(current.x), y(current.y), x(x), y(y)));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(PdfRuling.between(x(current.x), y(current.y), x(start.x), y(start.y)));
        current = start;
    }

    @Override
    public void endPath() {
        path.clear();
        boxes.clear();
    }

    @Override
    public void strokePath() {
        keep(path);
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        keep(boxes.stream().filter(b -> b.horizontal() || b.vertical()).toList());
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        keep(path);
        endPath();
    }

    private void keep(List<PdfRuling> segments) {
        for (PdfRuling s : segments) {
            if ((s.horizontal() || s.vertical()) && rulings.size() < MAX_SEGMENTS) {
                rulings.add(s);
            }
        }
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images = true;
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not draw
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is a background, not a border
    }
}
