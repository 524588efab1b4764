package vn.bansao.core.internal.scan;

import java.io.EOFException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.manifest.PageEncoding;

/**
 * JPEG 2000, embedded byte-for-byte as JPXDecode: a JP2 file (boxes: ihdr for size and depth, colr for the
 * colour specification PDF/A requires to be usable, res for the resolution, cdef for alpha) or a raw
 * codestream (SIZ marker). The JDK cannot decode JPEG 2000, so images with an alpha channel are refused
 * even when flattening is allowed.
 */
final class Jp2Probe {

    private static final int JP2C = 0x6A703263;
    private static final int JP2H = 0x6A703268;
    private static final int IHDR = 0x69686472;
    private static final int COLR = 0x636F6C72;
    private static final int RES = 0x72657320;
    private static final int RESC = 0x72657363;
    private static final int RESD = 0x72657364;
    private static final int CDEF = 0x63646566;

    private Jp2Probe() {
    }

    static boolean isRawCodestream(byte[] head) {
        return head.length >= 4 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0x4F
                && (head[2] & 0xff) == 0xFF && (head[3] & 0xff) == 0x51;
    }

    static ImagePlan probe(ScanSource src, Input in, String sha) throws IOException {
        String name = src.name();
        try {
            in.seek(0);
            byte[] head = in.bytes(4);
            State st = new State();
            if (isRawCodestream(head)) {
                siz(in, 4, st);
            } else {
                boxes(in, 0, in.length(), st, 0);
                if (!st.codestream) {
                    throw JpegProbe.corrupt(name, "JP2 không có dòng mã (jp2c)", "JP2 without a codestream (jp2c)");
                }
                if (!st.colour) {
                    throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.JP2_WITHOUT_USABLE_COLOUR), null);
                }
            }
            if (st.alpha) {
                throw new ScanRejectedException(name, 0, Reason.TRANSPARENCY, LocalizedText.of(CoreText.JPEG_2000_ALPHA_CHANNEL), null);
            }
            if (st.components != 1 && st.components != 3 && st.components != 4) {
                throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_VARIANT, LocalizedText.of(CoreText.JPEG_2000_CHANNELS, st.components), null);
            }
            ImageLimits.check(name, 0, st.width, st.height);
            // a JP2 carries its colour specification; a raw codestream has none, so the image dictionary
            // names the colour space (see ImageEmbedder)
            Colour colour = st.components == 1 ? Colour.GRAY : st.components == 3 ? Colour.RGB : Colour.cmyk(new byte[0]);
            ImagePlan.PassThrough pt = new ImagePlan.PassThrough(List.of(new ByteRange(0, in.length())), false,
                    "JPXDecode", st.bits, colour, false, new LinkedHashMap<>());
            return new ImagePlan(src, isRawCodestream(head) ? "image/j2c" : "image/jp2", 1, sha, (int) st.width,
                    (int) st.height, Dpi.resolve(st.dpiX, st.dpiY), Orientation.NONE, PageEncoding.JPEG2000_AS_IS, pt,
                    null);
        } catch (EOFException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.TRUNCATED_JPEG_2000_FILE), e);
        }
    }

    private static final class State {
        long width;
        long height;
        int components;
        int bits = 8;
        double dpiX = Double.NaN;
        double dpiY = Double.NaN;
        boolean colour;
        boolean alpha;
        boolean codestream;
    }

    private static void boxes(Input in, long start, long end, State st, int depth) throws IOException {
        long pos = start;
        int count = 0;
        while (pos + 8 <= end && count++ < 4096) {
            in.seek(pos);
            long len = in.u32be();
            int type = (int) in.u32be();
            long header = 8;
            if (len == 1) {
                len = (in.u32be() << 32) | in.u32be();
                header = 16;
            } else if (len == 0) {
                len = end - pos;
            }
            if (len < header || pos + len > end) {
                throw new EOFException("box beyond end");
            }
            long content = pos + header;
            switch (type) {
                case JP2H, RES -> {
                    if (depth < 3) {
                        boxes(in, content, pos + len, st, depth + 1);
                    }
                }
                case IHDR -> {
                    in.seek(content);
                    st.height = in.u32be();
                    st.width = in.u32be();
                    st.components = in.u16be();
                    int bpc = in.u8();
                    st.bits = bpc == 255 ? 8 : (bpc & 0x7f) + 1;
                }
                case COLR -> {
                    in.seek(content);
                    int meth = in.u8();
                    st.colour |= meth == 1 || meth == 2;
                }
                case RESC, RESD -> {
                    in.seek(content);
                    int vn = in.u16be();
                    int vd = in.u16be();
                    int hn = in.u16be();
                    int hd = in.u16be();
                    int ve = (byte) in.u8();
                    int he = (byte) in.u8();
                    if (vd > 0 && hd > 0 && (type == RESC || Double.isNaN(st.dpiX))) {
                        st.dpiY = vn / (double) vd * Math.pow(10, ve) * 0.0254;
                        st.dpiX = hn / (double) hd * Math.pow(10, he) * 0.0254;
                    }
                }
                case CDEF -> {
                    in.seek(content);
                    int n = in.u16be();
                    for (int i = 0; i < n && i < 64; i++) {
                        in.u16be();
                        int typ = in.u16be();
                        in.u16be();
                        st.alpha |= typ == 1 || typ == 2;
                    }
                }
                case JP2C -> {
                    st.codestream = true;
                    in.seek(content);
                    if (in.u16be() == 0xFF4F && in.u16be() == 0xFF51 && st.width == 0) {
                        siz(in, content + 4, st);
                    }
                }
                default -> {
                    // other boxes (ftyp, uuid, xml...) do not matter for embedding
                }
            }
            pos += len;
        }
    }

    /** The SIZ marker segment of a raw codestream: image size and components. */
    private static void siz(Input in, long at, State st) throws IOException {
        in.seek(at);
        in.u16be(); // Lsiz
        in.u16be(); // Rsiz
        long xsiz = in.u32be();
        long ysiz = in.u32be();
        long xo = in.u32be();
        long yo = in.u32be();
        in.skip(16);
        int c = in.u16be();
        st.width = xsiz - xo;
        st.height = ysiz - yo;
        st.components = c;
        st.bits = (in.u8() & 0x7f) + 1;
    }
}
