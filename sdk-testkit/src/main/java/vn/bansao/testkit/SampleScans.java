package vn.bansao.testkit;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.bansao.testkit.internal.ScanEncoders;
import vn.bansao.testkit.internal.ScanPainter;

/**
 * Realistic, deterministic scans of A4 paper documents: greeked text lines, a heading, a red round stamp, a
 * signature stroke, a slight skew, paper tone and speckle noise. The same seed gives byte-identical files (on
 * the same JDK); different seeds give different pages.
 *
 * <pre>{@code
 * Scan jpeg = SampleScans.seed(42).a4Jpeg(300);        // RGB JPEG, JFIF density 300 dpi
 * Scan g4 = SampleScans.seed(42).a4TiffG4(400);        // bilevel TIFF, CCITT T.6
 * Scan book = SampleScans.seed(7).multiPageTiffG4(300, 3);
 * }</pre>
 *
 * Resolutions from 150 to 600 dpi are accepted (what document scanners produce).
 */
public final class SampleScans {

    /** Lowest resolution accepted. */
    public static final int MIN_DPI = 150;
    /** Highest resolution accepted. */
    public static final int MAX_DPI = 600;

    private final long seed;

    private SampleScans(long seed) {
        this.seed = seed;
    }

    /** A generator for a seed. */
    public static SampleScans seed(long seed) {
        return new SampleScans(seed);
    }

    /** A4 colour scan as baseline JPEG (quality 0.85), JFIF density set to {@code dpi}. */
    public Scan a4Jpeg(int dpi) {
        return ScanEncoders.jpeg(page(dpi, true, 0), dpi);
    }

    /** A4 greyscale scan as JPEG, JFIF density set. */
    public Scan a4JpegGray(int dpi) {
        return ScanEncoders.jpeg(page(dpi, false, 0), dpi);
    }

    /** A4 greyscale scan as PNG, pHYs set. */
    public Scan a4Png(int dpi) {
        return ScanEncoders.png(page(dpi, false, 0), dpi);
    }

    /** A4 colour scan as PNG (RGB), pHYs set. */
    public Scan a4PngRgb(int dpi) {
        return ScanEncoders.png(page(dpi, true, 0), dpi);
    }

    /** A4 bilevel scan as single-page TIFF with CCITT T.6 (Group 4) compression and resolution tags. */
    public Scan a4TiffG4(int dpi) {
        return multiPageTiffG4(dpi, 1);
    }

    /** A multi-page bilevel TIFF (CCITT T.6), each page different. */
    public Scan multiPageTiffG4(int dpi, int pages) {
        if (pages < 1 || pages > 50) {
            throw new IllegalArgumentException("pages must be 1..50, was " + pages);
        }
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            images.add(ScanPainter.bilevel(page(dpi, false, i)));
        }
        return ScanEncoders.tiffG4(images, dpi);
    }

    /**
     * The raw page image before encoding: {@code TYPE_INT_RGB} when {@code color}, else {@code TYPE_BYTE_GRAY}.
     *
     * @param pageIndex 0-based page number; each page of a seed looks different
     */
    public BufferedImage page(int dpi, boolean color, int pageIndex) {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi must be " + MIN_DPI + ".." + MAX_DPI + ", was " + dpi);
        }
        return ScanPainter.paint(seed * 1_000_003L + pageIndex, dpi, color);
    }

    /** Width of an A4 page in pixels at {@code dpi} (210 mm). */
    public static int a4Width(int dpi) {
        return (int) Math.round(210 / 25.4 * dpi);
    }

    /** Height of an A4 page in pixels at {@code dpi} (297 mm). */
    public static int a4Height(int dpi) {
        return (int) Math.round(297 / 25.4 * dpi);
    }
}
