package vn.bansao.core.internal.scan;

import java.util.HashMap;
import java.util.Map;

/**
 * A bounds-checked reader of TIFF image file directories over a byte array (EXIF blocks) or used by
 * {@link TiffProbe} through {@link Input}. Values are read as longs / doubles; unknown types are skipped.
 */
final class TiffTags {

    static final int NEW_SUBFILE_TYPE = 254;
    static final int WIDTH = 256;
    static final int HEIGHT = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int FILL_ORDER = 266;
    static final int STRIP_OFFSETS = 273;
    static final int ORIENTATION = 274;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int X_RESOLUTION = 282;
    static final int Y_RESOLUTION = 283;
    static final int PLANAR_CONFIG = 284;
    static final int T4_OPTIONS = 292;
    static final int T6_OPTIONS = 293;
    static final int RESOLUTION_UNIT = 296;
    static final int TILE_WIDTH = 322;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;

    /** Most values any IFD entry may hold; strip tables of real scans are far smaller. */
    private static final long MAX_COUNT = 1 << 20;

    private TiffTags() {
    }

    /** Reads an IFD at {@code offset} of {@code data}: tag -> values. Returns the next IFD offset in [0]. */
    static Map<Integer, double[]> readIfd(byte[] data, int offset, boolean little, long[] next) {
        Map<Integer, double[]> tags = new HashMap<>();
        int n = u16(data, offset, little);
        int p = offset + 2;
        for (int i = 0; i < n; i++, p += 12) {
            int tag = u16(data, p, little);
            int type = u16(data, p + 2, little);
            long count = u32(data, p + 4, little);
            int size = typeSize(type);
            if (size == 0 || count <= 0 || count > MAX_COUNT) {
                continue;
            }
            long total = size * count;
            int valueAt = total <= 4 ? p + 8 : (int) Math.min(Integer.MAX_VALUE, u32(data, p + 8, little));
            if (valueAt < 0 || valueAt + total > data.length) {
                continue;
            }
            double[] values = new double[(int) count];
            for (int k = 0; k < count; k++) {
                values[k] = value(data, valueAt + k * size, type, little);
            }
            tags.put(tag, values);
        }
        if (next != null) {
            next[0] = p + 4 <= data.length ? u32(data, p, little) : 0;
        }
        return tags;
    }

    static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11 -> 4;
            case 5, 10, 12 -> 8;
            case 16, 17, 18 -> 8;
            default -> 0;
        };
    }

    static double value(byte[] d, int at, int type, boolean little) {
        return switch (type) {
            case 1, 7 -> d[at] & 0xff;
            case 6 -> d[at];
            case 3 -> u16(d, at, little);
            case 8 -> (short) u16(d, at, little);
            case 4 -> u32(d, at, little);
            case 9 -> (int) u32(d, at, little);
            case 5 -> ratio(u32(d, at, little), u32(d, at + 4, little));
            case 10 -> ratio((int) u32(d, at, little), (int) u32(d, at + 4, little));
            case 11 -> Float.intBitsToFloat((int) u32(d, at, little));
            case 12 -> Double.longBitsToDouble((u32(d, at, little) << 32) | u32(d, at + 4, little));
            case 16, 18 -> (double) ((u32(d, at, little) << 32) | u32(d, at + 4, little));
            default -> 0;
        };
    }

    private static double ratio(long num, long den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }

    static int u16(byte[] d, int at, boolean little) {
        if (at < 0 || at + 2 > d.length) {
            throw new IndexOutOfBoundsException("TIFF offset " + at);
        }
        int a = d[at] & 0xff;
        int b = d[at + 1] & 0xff;
        return little ? a | (b << 8) : (a << 8) | b;
    }

    static long u32(byte[] d, int at, boolean little) {
        if (at < 0 || at + 4 > d.length) {
            throw new IndexOutOfBoundsException("TIFF offset " + at);
        }
        long a = u16(d, at, little);
        long b = u16(d, at + 2, little);
        return little ? a | (b << 16) : (a << 16) | b;
    }

    /** The first value of a tag, or {@code dflt}. */
    static double first(Map<Integer, double[]> tags, int tag, double dflt) {
        double[] v = tags.get(tag);
        return v == null || v.length == 0 ? dflt : v[0];
    }
}
