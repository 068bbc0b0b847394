package dev.yardstick.grafana;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A picture of a trend panel drawn with Java2D from the rows its queries returned, for the README:
 * Grafana cannot run on the build machine, so this draws what the panel's settings ask for (points
 * always, a line only between points at most {@code gapMillis} apart, targets as steps, one marker
 * per annotation with one hover text shown). Not Grafana's look; the same data and rules.
 */
final class PanelPicture {

    /** One series: its name, style and points (epoch ms, value). */
    record Series(String name, Color colour, boolean step, float[] dash, List<long[]> timesAndValues) {
    }

    private static final int W = 960;
    private static final int H = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;

    private PanelPicture() {
    }

    static void draw(String title, List<Series> series, Map<Long, String> annotations, long shownAnnotation, long gapMillis, Path png) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        long minT = Long.MAX_VALUE;
        long maxT = Long.MIN_VALUE;
        double minV = Double.MAX_VALUE;
        double maxV = -Double.MAX_VALUE;
        for (Series s : series) {
            for (long[] p : s.timesAndValues()) {
                minT = Math.min(minT, p[0]);
                maxT = Math.max(maxT, p[0]);
                minV = Math.min(minV, p[1] / 1000.0);
                maxV = Math.max(maxV, p[1] / 1000.0);
            }
        }
        long padT = (maxT - minT) / 20;
        minT -= padT;
        maxT += padT;
        double padV = (maxV - minV) / 10;
        minV -= padV;
        maxV += padV;
        Axis x = new Axis(minT, maxT, LEFT, W - RIGHT);
        Axis y = new Axis((long) (minV * 1000), (long) (maxV * 1000), H - BOTTOM, TOP);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(new Color(230, 230, 230));
        for (int i = 0; i <= 5; i++) {
            double v = minV + (maxV - minV) * i / 5;
            int py = y.at((long) (v * 1000));
            g.drawLine(LEFT, py, W - RIGHT, py);
            g.setColor(Color.GRAY);
            g.drawString(String.format("%.1f", v), 8, py + 4);
            g.setColor(new Color(230, 230, 230));
        }
        int firstYear = Instant.ofEpochMilli(minT).atZone(ZoneOffset.UTC).getYear() + 1;
        int lastYear = Instant.ofEpochMilli(maxT).atZone(ZoneOffset.UTC).getYear();
        g.setColor(Color.GRAY);
        for (int year = firstYear; year <= lastYear; year++) {
            int px = x.at(java.time.LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            g.drawLine(px, H - BOTTOM, px, H - BOTTOM + 4);
            g.drawString(Integer.toString(year), px - 14, H - BOTTOM + 17);
        }
        Color annotationColour = new Color(0x8F, 0x3B, 0xB8);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 3}, 0));
        g.setColor(annotationColour);
        for (long t : annotations.keySet()) {
            int px = x.at(t);
            g.drawLine(px, TOP, px, H - BOTTOM);
            g.fillPolygon(new int[] {px - 5, px + 5, px}, new int[] {H - BOTTOM + 6, H - BOTTOM + 6, H - BOTTOM - 2}, 3);
        }
        for (Series s : series) {
            g.setColor(s.colour());
            g.setStroke(s.dash() == null ? new BasicStroke(2.5f) : new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, s.dash(), 0));
            long[] previous = null;
            for (long[] p : s.timesAndValues()) {
                if (previous != null && (s.step() || p[0] - previous[0] <= gapMillis)) {
                    if (s.step()) {
                        g.drawLine(x.at(previous[0]), y.at(previous[1]), x.at(p[0]), y.at(previous[1]));
                        g.drawLine(x.at(p[0]), y.at(previous[1]), x.at(p[0]), y.at(p[1]));
                    } else {
                        g.drawLine(x.at(previous[0]), y.at(previous[1]), x.at(p[0]), y.at(p[1]));
                    }
                }
                if (!s.step()) {
                    g.fillOval(x.at(p[0]) - 5, y.at(p[1]) - 5, 10, 10);
                }
                previous = p;
            }
        }
        String hover = annotations.get(shownAnnotation);
        if (hover != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            List<String> lines = wrap(hover, 60);
            int width = 16 + lines.stream().mapToInt(l -> g.getFontMetrics().stringWidth(l)).max().orElse(0);
            int bx = Math.min(x.at(shownAnnotation) + 8, W - RIGHT - width);
            int by = TOP + 10;
            g.setColor(new Color(40, 40, 48));
            g.fillRoundRect(bx, by, width, 18 * lines.size() + 12, 8, 8);
            g.setColor(Color.WHITE);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), bx + 8, by + 20 + 18 * i);
            }
        }
        int lx = LEFT;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        Map<String, Color> legend = new LinkedHashMap<>();
        series.forEach(s -> legend.put(s.name(), s.colour()));
        legend.put("what the update said", annotationColour);
        for (var e : legend.entrySet()) {
            g.setColor(e.getValue());
            g.fillRect(lx, H - 28, 14, 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(e.getKey(), lx + 20, H - 22);
            lx += 30 + g.getFontMetrics().stringWidth(e.getKey());
        }
        g.dispose();
        try {
            ImageIO.write(img, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A linear map from data to pixels; values are carried as thousandths so one type serves both axes. */
    private record Axis(long from, long to, int pixelFrom, int pixelTo) {
        int at(long v) {
            return (int) Math.round(pixelFrom + (double) (v - from) / (to - from) * (pixelTo - pixelFrom));
        }
    }
}
