package vn.bansao.core.internal.scan;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.manifest.PageEncoding;

/**
 * Reads a JPEG's markers (never its entropy-coded data) to embed it byte-for-byte as DCTDecode, like
 * img2pdf: frame type and size, components, Adobe APP14 (inverted CMYK), JFIF/EXIF resolution, EXIF
 * orientation, ICC profile. Checks the file ends with EOI, so a truncated scan is refused.
 */
final class JpegProbe {

    private JpegProbe() {
    }

    static ImagePlan probe(ScanSource src, Input in, String sha256) throws IOException {
        String name = src.name();
        try {
            in.seek(0);
            if (in.u16be() != 0xFFD8) {
                throw corrupt(name, "thiếu SOI", "missing SOI marker");
            }
            double jfifX = Double.NaN;
            double jfifY = Double.NaN;
            double exifX = Double.NaN;
            double exifY = Double.NaN;
            int orientation = 1;
            boolean adobe = false;
            int width = -1;
            int height = -1;
            int components = -1;
            int precision = -1;
            Map<Integer, byte[]> icc = new TreeMap<>();
            while (true) {
                int b = in.u8();
                if (b != 0xFF) {
                    throw corrupt(name, "cấu trúc đoạn JPEG hỏng", "broken JPEG segment structure");
                }
                int marker = in.u8();
                while (marker == 0xFF) {
                    marker = in.u8();
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue;
                }
                if (marker == 0xD9) {
                    throw corrupt(name, "hết ảnh trước dữ liệu quét", "end of image before scan data");
                }
                int len = in.u16be();
                if (len < 2) {
                    throw corrupt(name, "độ dài đoạn JPEG sai", "bad JPEG segment length");
                }
                long next = in.position() + len - 2;
                if (marker == 0xDA) {
                    break;
                }
                if (marker == 0xE0 || marker == 0xE1 || marker == 0xE2 || marker == 0xEE
                        || isSof(marker)) {
                    byte[] p = in.bytes(len - 2);
                    if (marker == 0xE0 && startsWith(p, "JFIF\0") && p.length >= 12) {
                        int units = p[7] & 0xff;
                        int xd = ((p[8] & 0xff) << 8) | (p[9] & 0xff);
                        int yd = ((p[10] & 0xff) << 8) | (p[11] & 0xff);
                        double f = units == 1 ? 1 : units == 2 ? 2.54 : Double.NaN;
                        jfifX = xd * f;
                        jfifY = yd * f;
                    } else if (marker == 0xE1 && startsWith(p, "Exif\0\0")) {
                        double[] exif = readExif(Arrays.copyOfRange(p, 6, p.length));
                        if (exif != null) {
                            orientation = (int) exif[0];
                            exifX = exif[1];
                            exifY = exif[2];
                        }
                    } else if (marker == 0xE2 && startsWith(p, "ICC_PROFILE\0") && p.length > 14) {
                        icc.put(p[12] & 0xff, Arrays.copyOfRange(p, 14, p.length));
                    } else if (marker == 0xEE && startsWith(p, "Adobe") && p.length >= 12) {
                        adobe = true;
                    } else if (isSof(marker)) {
                        if (!(marker == 0xC0 || marker == 0xC1 || marker == 0xC2)) {
                            throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_VARIANT,
                                    String.format("kiểu mã hóa JPEG SOF%d không được PDF hỗ trợ", marker - 0xC0),
                                    String.format("JPEG coding SOF%d (lossless, hierarchical or arithmetic) "
                                            + "is not supported by PDF", marker - 0xC0));
                        }
                        if (p.length < 6) {
                            throw corrupt(name, "đoạn SOF quá ngắn", "SOF segment too short");
                        }
                        precision = p[0] & 0xff;
                        height = ((p[1] & 0xff) << 8) | (p[2] & 0xff);
                        width = ((p[3] & 0xff) << 8) | (p[4] & 0xff);
                        components = p[5] & 0xff;
                    }
                }
                in.seek(next);
            }
            if (width < 0) {
                throw corrupt(name, "không có đoạn SOF", "no SOF segment before the scan data");
            }
            if (height == 0) {
                throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.JPEG_HEIGHT_GIVEN_DNL), null);
            }
            ImageLimits.check(name, 0, width, height);
            if (precision != 8) {
                throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.JPEG_PRECISION_UNSUPPORTED, precision), null);
            }
            Colour colour = switch (components) {
                case 1 -> Colour.GRAY;
                case 3 -> Colour.RGB;
                case 4 -> Colour.cmyk(cmykProfile(icc));
                default -> throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.JPEG_COMPONENTS, components), null);
            };
            checkEndsWithEoi(name, in);
            Dpi dpi = !Double.isNaN(jfifX) && jfifX > 0 ? Dpi.resolve(jfifX, jfifY) : Dpi.resolve(exifX, exifY);
            ImagePlan.PassThrough pt = new ImagePlan.PassThrough(List.of(new ByteRange(0, in.length())), false,
                    "DCTDecode", 8, colour, components == 4 && adobe, new LinkedHashMap<>());
            return new ImagePlan(src, "image/jpeg", 1, sha256, width, height, dpi, Orientation.fromTag(orientation),
                    PageEncoding.JPEG_AS_IS, pt, null);
        } catch (EOFException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.TRUNCATED_JPEG_FILE), e);
        }
    }

    /** The embedded CMYK ICC profile if the file has one, else empty (the bundled profile is used). */
    private static byte[] cmykProfile(Map<Integer, byte[]> chunks) {
        if (chunks.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.values().forEach(all::writeBytes);
        byte[] p = all.toByteArray();
        boolean cmyk = p.length > 20 && new String(p, 16, 4, StandardCharsets.US_ASCII).equals("CMYK");
        return cmyk ? p : new byte[0];
    }

    private static void checkEndsWithEoi(String name, Input in) throws IOException {
        long len = in.length();
        int tail = (int) Math.min(len, 4096);
        in.seek(len - tail);
        byte[] t = in.bytes(tail);
        for (int i = t.length - 2; i >= 0; i--) {
            if ((t[i] & 0xff) == 0xFF && (t[i + 1] & 0xff) == 0xD9) {
                return;
            }
        }
        throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.TRUNCATED_JPEG_NO_EOI), null);
    }

    /** [orientation, xdpi, ydpi] from an EXIF TIFF block, or null when it cannot be read. */
    static double[] readExif(byte[] tiff) {
        try {
            if (tiff.length < 8) {
                return null;
            }
            boolean little = tiff[0] == 'I' && tiff[1] == 'I';
            if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) {
                return null;
            }
            long ifd = TiffTags.u32(tiff, 4, little);
            if (ifd < 8 || ifd >= tiff.length) {
                return null;
            }
            Map<Integer, double[]> tags = TiffTags.readIfd(tiff, (int) ifd, little, null);
            double unit = TiffTags.first(tags, TiffTags.RESOLUTION_UNIT, 2);
            double f = unit == 2 ? 1 : unit == 3 ? 2.54 : Double.NaN;
            return new double[] {
                TiffTags.first(tags, TiffTags.ORIENTATION, 1),
                TiffTags.first(tags, TiffTags.X_RESOLUTION, Double.NaN) * f,
                TiffTags.first(tags, TiffTags.Y_RESOLUTION, Double.NaN) * f};
        } catch (IndexOutOfBoundsException e) {
            // a broken or truncated EXIF block: ignore it, as viewers do
            return null;
        }
    }

    private static boolean isSof(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    }

    private static boolean startsWith(byte[] p, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (p.length < b.length) {
            return false;
        }
        for (int i = 0; i < b.length; i++) {
            if (p[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    static ScanRejectedException corrupt(String name, String vi, String en) {
        return new ScanRejectedException(name, 0, Reason.CORRUPT, vi, en);
    }
}
