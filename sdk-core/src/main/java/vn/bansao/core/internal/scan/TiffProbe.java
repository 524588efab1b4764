package vn.bansao.core.internal.scan;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.manifest.PageEncoding;

/**
 * Reads a TIFF's image file directories (single or multi-page; reduced-resolution thumbnails skipped).
 * A single-strip CCITT G4 page passes through as CCITTFaxDecode (bits reversed for FillOrder 2, which keeps
 * it lossless but not byte-identical); every other page (G3, LZW, Deflate, PackBits, JPEG, uncompressed,
 * 16-bit gray/RGB) is decoded by ImageIO and re-encoded losslessly. Float samples and bit depths PDF has no
 * place for (12-bit...) are refused.
 */
final class TiffProbe {

    private static final int MAX_PAGES = 10_000;
    private static final int MAX_VALUE_BYTES = 8 << 20;

    private TiffProbe() {
    }

    static List<PagePlan> probe(ScanSource src, Input in, String sha) throws IOException {
        String name = src.name();
        try {
            in.seek(0);
            boolean little = in.u8() == 'I';
            in.seek(4);
            long offset = u32(in, little);
            List<PagePlan> pages = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            int ifdIndex = 0;
            while (offset != 0) {
                if (!seen.add(offset) || ifdIndex >= MAX_PAGES) {
                    throw JpegProbe.corrupt(name, "chuỗi IFD của TIFF bị lặp", "TIFF IFD chain loops");
                }
                long[] next = new long[1];
                Map<Integer, double[]> tags = readIfd(in, offset, little, next);
                if (((long) TiffTags.first(tags, TiffTags.NEW_SUBFILE_TYPE, 0) & 1) == 0) {
                    pages.add(page(src, sha, tags, ifdIndex, pages.size() + 1));
                }
                offset = next[0];
                ifdIndex++;
            }
            return pages;
        } catch (EOFException | IndexOutOfBoundsException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.CORRUPT_TRUNCATED_TIFF_FILE), e);
        }
    }

    private static PagePlan page(ScanSource src, String sha, Map<Integer, double[]> tags, int ifdIndex, int pageNo) {
        String name = src.name();
        long w = (long) TiffTags.first(tags, TiffTags.WIDTH, 0);
        long h = (long) TiffTags.first(tags, TiffTags.HEIGHT, 0);
        ImageLimits.check(name, pageNo, w, h);
        int compression = (int) TiffTags.first(tags, TiffTags.COMPRESSION, 1);
        int spp = (int) TiffTags.first(tags, TiffTags.SAMPLES_PER_PIXEL, 1);
        int bps = (int) TiffTags.first(tags, TiffTags.BITS_PER_SAMPLE, 1);
        int photometric = (int) TiffTags.first(tags, TiffTags.PHOTOMETRIC, compression == 4 ? 0 : -1);
        int fillOrder = (int) TiffTags.first(tags, TiffTags.FILL_ORDER, 1);
        int sampleFormat = (int) TiffTags.first(tags, TiffTags.SAMPLE_FORMAT, 1);
        double[] offsets = tags.get(TiffTags.STRIP_OFFSETS);
        double[] counts = tags.get(TiffTags.STRIP_BYTE_COUNTS);
        if (sampleFormat == 3) {
            throw new ScanRejectedException(name, pageNo, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.FLOATING_POINT_SAMPLES), null);
        }
        if (bps != 1 && bps != 2 && bps != 4 && bps != 8 && bps != 16) {
            throw new ScanRejectedException(name, pageNo, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.SAMPLE_DEPTH_NOT_LOSSLESS, bps), null);
        }
        double unit = TiffTags.first(tags, TiffTags.RESOLUTION_UNIT, 2);
        double f = unit == 2 ? 1 : unit == 3 ? 2.54 : Double.NaN;
        Dpi dpi = Dpi.resolve(TiffTags.first(tags, TiffTags.X_RESOLUTION, Double.NaN) * f,
                TiffTags.first(tags, TiffTags.Y_RESOLUTION, Double.NaN) * f);
        Orientation orientation = Orientation.fromTag((int) TiffTags.first(tags, TiffTags.ORIENTATION, 1));
        boolean g4Single = compression == 4 && spp == 1 && bps == 1 && (photometric == 0 || photometric == 1)
                && !tags.containsKey(TiffTags.TILE_WIDTH) && offsets != null && counts != null
                && offsets.length == 1 && counts.length == 1 && counts[0] > 0
                && (((long) TiffTags.first(tags, TiffTags.T6_OPTIONS, 0)) & 2) == 0;
        if (g4Single) {
            Map<String, Object> parms = new LinkedHashMap<>();
            parms.put("K", -1);
            parms.put("Columns", (int) w);
            parms.put("Rows", (int) h);
            // WhiteIsZero (0) is G4's natural polarity; BlackIsZero (1) swaps what the runs mean
            parms.put("BlackIs1", photometric == 1);
            ImagePlan.PassThrough pt = new ImagePlan.PassThrough(
                    List.of(new ByteRange((long) offsets[0], (long) counts[0])), fillOrder == 2, "CCITTFaxDecode", 1,
                    Colour.GRAY, false, parms);
            return new ImagePlan(src, "image/tiff", pageNo, sha, (int) w, (int) h, dpi, orientation,
                    fillOrder == 2 ? PageEncoding.CCITT_G4_BIT_REVERSED : PageEncoding.CCITT_G4_AS_IS, pt, null);
        }
        ImageLimits.checkDecodable(name, pageNo, w, h, Math.max(1, spp * bps / 8));
        return new ImagePlan(src, "image/tiff", pageNo, sha, (int) w, (int) h, dpi, orientation,
                PageEncoding.FLATE_LOSSLESS, null, new ImagePlan.Reencode("tiff", ifdIndex, false));
    }

    private static Map<Integer, double[]> readIfd(Input in, long offset, boolean little, long[] next)
            throws IOException {
        in.seek(offset);
        int n = little ? Integer.reverseBytes(in.u16be() << 16) & 0xffff : in.u16be();
        byte[] entries = in.bytes(12 * n);
        next[0] = u32(in, little);
        Map<Integer, double[]> tags = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int p = 12 * i;
            int tag = TiffTags.u16(entries, p, little);
            int type = TiffTags.u16(entries, p + 2, little);
            long count = TiffTags.u32(entries, p + 4, little);
            int size = TiffTags.typeSize(type);
            if (size == 0 || count <= 0 || size * count > MAX_VALUE_BYTES) {
                continue;
            }
            byte[] data;
            int at;
            if (size * count <= 4) {
                data = entries;
                at = p + 8;
            } else {
                in.seek(TiffTags.u32(entries, p + 8, little));
                data = in.bytes((int) (size * count));
                at = 0;
            }
            double[] values = new double[(int) count];
            for (int k = 0; k < count; k++) {
                values[k] = TiffTags.value(data, at + k * size, type, little);
            }
            tags.put(tag, values);
        }
        return tags;
    }

    private static long u32(Input in, boolean little) throws IOException {
        byte[] b = in.bytes(4);
        return TiffTags.u32(b, 0, little);
    }
}
