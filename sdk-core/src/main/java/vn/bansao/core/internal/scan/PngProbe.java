package vn.bansao.core.internal.scan;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.manifest.PageEncoding;

/**
 * Reads a PNG's chunks. A non-interlaced gray, RGB or palette PNG without transparency passes through:
 * its IDAT data is already a zlib stream with PNG predictors, which PDF's FlateDecode with
 * {@code /Predictor 15} reads as is. Everything else (interlace, alpha, tRNS) is decoded and re-encoded.
 * Every chunk's CRC is checked and the image data is inflated once to prove it is complete.
 */
final class PngProbe {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private PngProbe() {
    }

    static ImagePlan probe(ScanSource src, Input in, String sha256) throws IOException {
        String name = src.name();
        try {
            in.seek(0);
            if (((in.u32be() << 32) | in.u32be()) != SIGNATURE) {
                throw JpegProbe.corrupt(name, "chữ ký PNG sai", "bad PNG signature");
            }
            int width = -1;
            int height = -1;
            int depth = 0;
            int colourType = -1;
            int interlace = 0;
            byte[] palette = null;
            boolean trns = false;
            double dpiX = Double.NaN;
            double dpiY = Double.NaN;
            List<ByteRange> idat = new ArrayList<>();
            boolean end = false;
            CRC32 crc = new CRC32();
            byte[] buf = new byte[1 << 16];
            while (!end) {
                long len = in.u32be();
                if (len > Integer.MAX_VALUE) {
                    throw JpegProbe.corrupt(name, "độ dài khối PNG sai", "bad PNG chunk length");
                }
                long typeAt = in.position();
                byte[] typeBytes = in.bytes(4);
                String type = new String(typeBytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (width < 0 && !type.equals("IHDR")) {
                    throw JpegProbe.corrupt(name, "khối đầu tiên không phải IHDR", "first chunk is not IHDR");
                }
                boolean small = !type.equals("IDAT") && len <= 1 << 20;
                byte[] data = small ? in.bytes((int) len) : null;
                crc.reset();
                crc.update(typeBytes);
                if (data != null) {
                    crc.update(data);
                } else {
                    if (type.equals("IDAT")) {
                        idat.add(new ByteRange(typeAt + 4, len));
                    }
                    long left = len;
                    while (left > 0) {
                        int n = (int) Math.min(buf.length, left);
                        byte[] chunk = in.bytes(n);
                        crc.update(chunk);
                        left -= n;
                    }
                }
                if (crc.getValue() != in.u32be()) {
                    throw JpegProbe.corrupt(name, "sai CRC ở khối " + type, "CRC error in chunk " + type);
                }
                switch (type) {
                    case "IHDR" -> {
                        if (data == null || data.length != 13) {
                            throw JpegProbe.corrupt(name, "IHDR sai", "bad IHDR");
                        }
                        width = (int) TiffTags.u32(data, 0, false);
                        height = (int) TiffTags.u32(data, 4, false);
                        depth = data[8] & 0xff;
                        colourType = data[9] & 0xff;
                        interlace = data[12] & 0xff;
                        if (!validCombination(colourType, depth) || data[10] != 0 || data[11] != 0 || interlace > 1) {
                            throw JpegProbe.corrupt(name, "tổ hợp kiểu màu/độ sâu PNG không hợp lệ",
                                    "invalid PNG colour type / bit depth");
                        }
                        ImageLimits.check(name, 0, width & 0xffffffffL, height & 0xffffffffL);
                    }
                    case "PLTE" -> palette = data;
                    case "tRNS" -> trns = true;
                    case "pHYs" -> {
                        if (data != null && data.length == 9 && data[8] == 1) {
                            dpiX = TiffTags.u32(data, 0, false) * 0.0254;
                            dpiY = TiffTags.u32(data, 4, false) * 0.0254;
                        }
                    }
                    case "IEND" -> end = true;
                    default -> {
                        // ancillary chunks (gAMA, iCCP, text...) do not change the samples
                    }
                }
            }
            if (idat.isEmpty()) {
                throw JpegProbe.corrupt(name, "không có dữ liệu ảnh (IDAT)", "no image data (IDAT)");
            }
            if (colourType == 3 && (palette == null || palette.length % 3 != 0 || palette.length == 0)) {
                throw JpegProbe.corrupt(name, "ảnh bảng màu thiếu PLTE", "palette image without a valid PLTE");
            }
            int channels = switch (colourType) {
                case 0, 3 -> 1;
                case 2 -> 3;
                case 4 -> 2;
                default -> 4;
            };
            checkImageData(name, in, idat, width, height, depth, channels, interlace == 1);
            Dpi dpi = Dpi.resolve(dpiX, dpiY);
            boolean idatUsable = interlace == 0 && (colourType == 0 || colourType == 2 || colourType == 3);
            if (!idatUsable) {
                ImageLimits.checkDecodable(name, 0, width, height, channels * Math.max(1, depth / 8));
                return new ImagePlan(src, "image/png", 1, sha256, width, height, dpi, Orientation.NONE,
                        PageEncoding.FLATE_LOSSLESS, null, new ImagePlan.Reencode("png", 0, false));
            }
            Colour colour = colourType == 0 ? Colour.GRAY : colourType == 2 ? Colour.RGB : Colour.indexed(palette);
            Map<String, Object> parms = new LinkedHashMap<>();
            parms.put("Predictor", 15);
            parms.put("Colors", channels);
            parms.put("BitsPerComponent", depth);
            parms.put("Columns", width);
            ImagePlan.PassThrough pt = new ImagePlan.PassThrough(List.copyOf(idat), false, "FlateDecode", depth,
                    colour, false, parms);
            if (trns) {
                // tRNS: decoded once to see whether a transparent colour is actually used; if not, the IDAT
                // data still passes through (ScanProber decides)
                ImageLimits.checkDecodable(name, 0, width, height, channels * Math.max(1, depth / 8));
                return new ImagePlan(src, "image/png", 1, sha256, width, height, dpi, Orientation.NONE,
                        PageEncoding.PNG_IDAT_AS_IS, pt, new ImagePlan.Reencode("png", 0, false));
            }
            return new ImagePlan(src, "image/png", 1, sha256, width, height, dpi, Orientation.NONE,
                    PageEncoding.PNG_IDAT_AS_IS, pt, null);
        } catch (EOFException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.TRUNCATED_PNG_FILE), e);
        }
    }

    private static boolean validCombination(int ct, int depth) {
        return switch (ct) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
    }

    /** Inflates the image data (discarding it) and checks it has exactly the bytes the header promises. */
    private static void checkImageData(String name, Input in, List<ByteRange> idat, long w, long h, int depth,
                                       int channels, boolean interlaced) throws IOException {
        long expected = interlaced ? adam7Size(w, h, depth, channels) : h * (1 + (w * depth * channels + 7) / 8);
        Inflater inf = new Inflater();
        byte[] out = new byte[1 << 16];
        long total = 0;
        try {
            for (ByteRange r : idat) {
                in.seek(r.offset());
                long left = r.length();
                while (left > 0) {
                    int n = (int) Math.min(1 << 16, left);
                    inf.setInput(in.bytes(n));
                    left -= n;
                    while (!inf.needsInput() && !inf.finished()) {
                        total += inf.inflate(out);
                        if (total > expected) {
                            throw JpegProbe.corrupt(name, "dữ liệu ảnh dài hơn khai báo", "more image data than declared");
                        }
                    }
                }
            }
            while (!inf.finished() && total < expected) {
                int n = inf.inflate(out);
                if (n == 0) {
                    break;
                }
                total += n;
            }
        } catch (DataFormatException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.CORRUPT_PNG_COMPRESSED_DATA), e);
        } finally {
            inf.end();
        }
        if (total != expected) {
            throw JpegProbe.corrupt(name, "dữ liệu ảnh PNG không đủ (tệp bị cắt?)",
                    "incomplete PNG image data (truncated file?)");
        }
    }

    private static long adam7Size(long w, long h, int depth, int channels) {
        int[][] passes = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
        long total = 0;
        for (int[] p : passes) {
            long pw = (w - p[0] + p[2] - 1) / p[2];
            long ph = (h - p[1] + p[3] - 1) / p[3];
            if (pw > 0 && ph > 0) {
                total += ph * (1 + (pw * depth * channels + 7) / 8);
            }
        }
        return total;
    }
}
