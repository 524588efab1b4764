package vn.bansao.core.internal.embed;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.OutputStream;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.internal.scan.Colour;

/**
 * Writes a decoded image's samples unchanged (palette indices, gray, RGB or CMYK at 1, 2, 4, 8 or 16 bits),
 * dropping an alpha channel only when it is fully opaque. With {@code flatten} it composites on white
 * instead, which changes pixels and is only done when the caller allowed it.
 */
public final class LosslessRaster {

    private enum Mode { INDEXED, COMPONENTS, PACKED_RGB, FLATTEN_RGB, FLATTEN_GRAY }

    private final BufferedImage image;
    private final Mode mode;
    private final Colour colour;
    private final int bpc;
    private final int colourBands;

    private LosslessRaster(BufferedImage image, Mode mode, Colour colour, int bpc, int colourBands) {
        this.image = image;
        this.mode = mode;
        this.colour = colour;
        this.bpc = bpc;
        this.colourBands = colourBands;
    }

    /** Chooses how to write {@code img}; refuses sample layouts PDF cannot express losslessly. */
    public static LosslessRaster of(BufferedImage img, boolean flatten, String input, int page) {
        ColorModel cm = img.getColorModel();
        int csType = cm.getColorSpace().getType();
        if (flatten) {
            boolean gray = csType == ColorSpace.TYPE_GRAY;
            return new LosslessRaster(img, gray ? Mode.FLATTEN_GRAY : Mode.FLATTEN_RGB,
                    gray ? Colour.GRAY : Colour.RGB, 8, gray ? 1 : 3);
        }
        if (cm instanceof IndexColorModel icm) {
            int bits = img.getSampleModel().getSampleSize(0);
            if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
                throw unsupported(input, page, bits + "-bit palette");
            }
            int n = Math.min(icm.getMapSize(), 1 << bits);
            byte[] pal = new byte[n * 3];
            for (int i = 0; i < n; i++) {
                pal[3 * i] = (byte) icm.getRed(i);
                pal[3 * i + 1] = (byte) icm.getGreen(i);
                pal[3 * i + 2] = (byte) icm.getBlue(i);
            }
            return new LosslessRaster(img, Mode.INDEXED, Colour.indexed(pal), bits, 1);
        }
        int colourBands = cm.getNumColorComponents();
        Colour colour = switch (csType) {
            case ColorSpace.TYPE_GRAY -> Colour.GRAY;
            case ColorSpace.TYPE_RGB -> Colour.RGB;
            case ColorSpace.TYPE_CMYK -> Colour.cmyk(new byte[0]);
            default -> throw unsupported(input, page, "colour space type " + csType);
        };
        int bits = img.getSampleModel().getSampleSize(0);
        for (int b = 0; b < colourBands; b++) {
            if (img.getSampleModel().getSampleSize(b) != bits) {
                if (csType == ColorSpace.TYPE_RGB) {
                    return new LosslessRaster(img, Mode.PACKED_RGB, Colour.RGB, 8, 3);
                }
                throw unsupported(input, page, "unequal sample sizes");
            }
        }
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8 && bits != 16) {
            throw unsupported(input, page, bits + "-bit samples");
        }
        if (img.getRaster().getNumBands() < colourBands) {
            throw unsupported(input, page, "packed colour samples");
        }
        return new LosslessRaster(img, Mode.COMPONENTS, colour, bits, colourBands);
    }

    /** Whether any pixel is not fully opaque (an alpha channel, or a transparent palette entry in use). */
    public static boolean hasRealTransparency(BufferedImage img) {
        ColorModel cm = img.getColorModel();
        if (!cm.hasAlpha()) {
            return false;
        }
        Raster r = img.getRaster();
        int w = r.getWidth();
        int h = r.getHeight();
        if (cm instanceof IndexColorModel icm) {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, 0, row);
                for (int v : row) {
                    if (v < icm.getMapSize() && icm.getAlpha(v) != 255) {
                        return true;
                    }
                }
            }
            return false;
        }
        Raster alpha = img.getAlphaRaster();
        if (alpha == null) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if ((img.getRGB(x, y) >>> 24) != 0xff) {
                        return true;
                    }
                }
            }
            return false;
        }
        int max = (1 << alpha.getSampleModel().getSampleSize(0)) - 1;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            alpha.getSamples(alpha.getMinX(), alpha.getMinY() + y, w, 1, 0, row);
            for (int v : row) {
                if (v != max) {
                    return true;
                }
            }
        }
        return false;
    }

    public Colour colour() {
        return colour;
    }

    public int bitsPerComponent() {
        return bpc;
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** Writes the rows, each padded to a whole byte, as PDF image samples (uncompressed). */
    public void write(OutputStream out) throws IOException {
        Raster r = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int rowBytes = (int) (((long) w * colourBands * bpc + 7) / 8);
        byte[] row = new byte[rowBytes];
        int[][] bands = new int[colourBands][w];
        int[] argb = new int[w];
        for (int y = 0; y < h; y++) {
            java.util.Arrays.fill(row, (byte) 0);
            switch (mode) {
                case INDEXED, COMPONENTS -> {
                    for (int b = 0; b < colourBands; b++) {
                        r.getSamples(r.getMinX(), r.getMinY() + y, w, 1, b, bands[b]);
                    }
                    pack(bands, w, row);
                }
                case PACKED_RGB, FLATTEN_RGB, FLATTEN_GRAY -> {
                    image.getRGB(0, y, w, 1, argb, 0, w);
                    for (int x = 0; x < w; x++) {
                        int p = argb[x];
                        int a = mode == Mode.PACKED_RGB ? 255 : p >>> 24;
                        int rr = over(p >> 16 & 0xff, a);
                        int gg = over(p >> 8 & 0xff, a);
                        int bb = over(p & 0xff, a);
                        if (mode == Mode.FLATTEN_GRAY) {
                            bands[0][x] = rr;
                        } else {
                            bands[0][x] = rr;
                            bands[1][x] = gg;
                            bands[2][x] = bb;
                        }
                    }
                    pack(bands, w, row);
                }
                default -> throw new IllegalStateException();
            }
            out.write(row);
        }
    }

    /** Composites a sample over white. */
    private static int over(int c, int a) {
        return (c * a + 255 * (255 - a) + 127) / 255;
    }

    private void pack(int[][] bands, int w, byte[] row) {
        int n = colourBands;
        if (bpc == 8) {
            int i = 0;
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < n; b++) {
                    row[i++] = (byte) bands[b][x];
                }
            }
        } else if (bpc == 16) {
            int i = 0;
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < n; b++) {
                    int v = bands[b][x];
                    row[i++] = (byte) (v >> 8);
                    row[i++] = (byte) v;
                }
            }
        } else {
            long bit = 0;
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < n; b++) {
                    int v = bands[b][x] & ((1 << bpc) - 1);
                    int byteIndex = (int) (bit >> 3);
                    int shift = 8 - bpc - (int) (bit & 7);
                    row[byteIndex] |= (byte) (v << shift);
                    bit += bpc;
                }
            }
        }
    }

    private static ScanRejectedException unsupported(String input, int page, String what) {
        return new ScanRejectedException(input, page, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.SAMPLE_LAYOUT_NOT_LOSSLESS, what), null);
    }
}
