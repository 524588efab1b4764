package vn.bansao.testkit.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * Paints an A4 page that looks like a scanned Vietnamese administrative document. Text is "greeked" (word-shaped
 * bars) rather than drawn with a font, so the pixels do not depend on the fonts installed: the same seed gives the
 * same page on every machine with the same JDK.
 */
public final class ScanPainter {

    private static final Color INK = new Color(28, 30, 42);
    private static final Color STAMP_RED = new Color(205, 28, 36, 215);
    private static final Color SIGNATURE_BLUE = new Color(25, 45, 150);

    private ScanPainter() {
    }

    /** The page: TYPE_INT_RGB if {@code color}, else TYPE_BYTE_GRAY. */
    public static BufferedImage paint(long seed, int dpi, boolean color) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = (int) Math.round(210 / 25.4 * dpi);
        int h = (int) Math.round(297 / 25.4 * dpi);
        BufferedImage img = new BufferedImage(w, h, color ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(247, 245, 237));
            g.fillRect(0, 0, w, h);
            double pxPerMm = dpi / 25.4;
            g.scale(pxPerMm, pxPerMm);
            // the sheet never lies perfectly straight on the glass
            g.rotate(Math.toRadians(rnd.nextDouble(-0.6, 0.6)), 105, 148.5);
            header(g, rnd);
            body(g, rnd);
            signatureBlock(g, rnd);
        } finally {
            g.dispose();
        }
        noise(img, rnd);
        return img;
    }

    private static void header(Graphics2D g, SplittableRandom rnd) {
        g.setColor(INK);
        // left: the agency (two short lines); right: the national motto (two lines, underlined)
        centredLine(g, rnd, 50, 18, 50, 2.4);
        centredLine(g, rnd, 50, 23, 40, 2.4);
        g.fill(new Rectangle2D.Double(38, 26.5, 24, 0.3));
        centredLine(g, rnd, 140, 18, 80, 2.4);
        centredLine(g, rnd, 140, 23, 56, 2.4);
        g.fill(new Rectangle2D.Double(115, 26.5, 50, 0.3));
        // title
        centredLine(g, rnd, 105, 45, rnd.nextDouble(60, 110), 3.6);
        centredLine(g, rnd, 105, 51, rnd.nextDouble(30, 70), 2.6);
    }

    private static void body(Graphics2D g, SplittableRandom rnd) {
        g.setColor(INK);
        double left = 25;
        double right = 190;
        double y = 64;
        double bottom = 205 + rnd.nextDouble(0, 20);
        while (y < bottom) {
            int linesInParagraph = rnd.nextInt(2, 7);
            for (int l = 0; l < linesInParagraph && y < bottom; l++) {
                double x = l == 0 ? left + 10 : left;
                double end = l == linesInParagraph - 1 ? rnd.nextDouble(left + 40, right) : right;
                words(g, rnd, x, end, y, 2.5);
                y += 6.5;
            }
            y += 2.5;
        }
    }

    private static void signatureBlock(Graphics2D g, SplittableRandom rnd) {
        g.setColor(INK);
        double cx = 140 + rnd.nextDouble(-4, 4);
        centredLine(g, rnd, cx, 236, 62, 2.4);
        centredLine(g, rnd, cx, 241, 44, 2.4);
        centredLine(g, rnd, cx, 280, 48, 2.6);
        // the officer's signature: a few loose strokes in blue ink
        g.setColor(SIGNATURE_BLUE);
        g.setStroke(new BasicStroke(0.45f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double sig = new Path2D.Double();
        double sx = cx - 22;
        double sy = 262;
        sig.moveTo(sx, sy);
        for (int i = 0; i < 5; i++) {
            double nx = sx + 9;
            sig.curveTo(sx + 2, sy - rnd.nextDouble(4, 12), nx - 2, sy + rnd.nextDouble(2, 9), nx,
                    sy - rnd.nextDouble(-2, 3));
            sx = nx;
        }
        g.draw(sig);
        // the red round seal over the signature, as on paper
        double stampX = cx - 18 + rnd.nextDouble(-5, 5);
        double stampY = 258 + rnd.nextDouble(-4, 4);
        g.setColor(STAMP_RED);
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new Ellipse2D.Double(stampX - 17, stampY - 17, 34, 34));
        g.setStroke(new BasicStroke(0.45f));
        g.draw(new Ellipse2D.Double(stampX - 12, stampY - 12, 24, 24));
        // lettering around the ring
        for (int i = 0; i < 28; i++) {
            double a = Math.toRadians(200 + i * 5.2);
            if (i == 14) {
                continue;
            }
            g.fill(new Ellipse2D.Double(stampX + Math.cos(a) * 14.6 - 0.8, stampY + Math.sin(a) * 14.6 - 0.8,
                    1.6, 1.6));
        }
        star(g, stampX, stampY, 5.5);
    }

    private static void star(Graphics2D g, double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rad = i % 2 == 0 ? r : r * 0.4;
            double a = Math.toRadians(-90 + i * 36);
            double x = cx + Math.cos(a) * rad;
            double y = cy + Math.sin(a) * rad;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        g.fill(p);
    }

    private static void centredLine(Graphics2D g, SplittableRandom rnd, double cx, double y, double width,
                                    double height) {
        words(g, rnd, cx - width / 2, cx + width / 2, y, height);
    }

    /** Word-shaped bars from x to end on baseline y: lengths vary like Vietnamese syllables (short, many). */
    private static void words(Graphics2D g, SplittableRandom rnd, double x, double end, double y, double height) {
        while (x < end - 2) {
            double word = Math.min(rnd.nextDouble(2.5, 9), end - x);
            g.fill(new Rectangle2D.Double(x, y - height, word, height * rnd.nextDouble(0.78, 1.0)));
            x += word + rnd.nextDouble(1.3, 2.0);
        }
    }

    /** Uneven illumination across the sheet and sparse speckles (dust, paper fibre). */
    private static void noise(BufferedImage img, SplittableRandom rnd) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] shade = new int[w];
        for (int x = 0; x < w; x++) {
            shade[x] = (int) Math.round(-7.0 * x / w);
        }
        if (img.getType() == BufferedImage.TYPE_INT_RGB) {
            int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < px.length; i++) {
                int d = shade[i % w] + speckle(rnd);
                if (d != 0) {
                    int p = px[i];
                    px[i] = clamp(((p >> 16) & 0xff) + d) << 16 | clamp(((p >> 8) & 0xff) + d) << 8
                            | clamp((p & 0xff) + d);
                }
            }
        } else {
            byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < px.length; i++) {
                int d = shade[i % w] + speckle(rnd);
                if (d != 0) {
                    px[i] = (byte) clamp((px[i] & 0xff) + d);
                }
            }
        }
    }

    private static int speckle(SplittableRandom rnd) {
        int r = rnd.nextInt(1000);
        return r < 15 ? -rnd.nextInt(20, 110) : r < 30 ? rnd.nextInt(-6, 7) : 0;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** Thresholds a grey page to one bit per pixel (TYPE_BYTE_BINARY, 0 = black), as a bilevel scanner does. */
    public static BufferedImage bilevel(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        byte[] src = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int outRow = y * stride;
            for (int x = 0; x < w; x++) {
                if ((src[row + x] & 0xff) >= 150) {
                    dst[outRow + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        return out;
    }
}
