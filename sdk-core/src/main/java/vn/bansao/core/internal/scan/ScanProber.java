package vn.bansao.core.internal.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessRead;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.internal.embed.ImageDecoder;
import vn.bansao.core.internal.embed.LosslessRaster;
import vn.bansao.core.manifest.PageEncoding;

/**
 * Turns an input into page plans: recognises the format from its first bytes, reads headers, checks limits,
 * and for images that must be re-encoded decodes them once to check transparency. Everything a build can
 * refuse is refused here, before any output exists.
 */
public final class ScanProber {

    private ScanProber() {
    }

    /** The pages of {@code src}, validated. */
    public static List<PagePlan> plan(ScanSource src, boolean allowFlatten) {
        String name = src.name();
        try {
            long size = src.size();
            if (size == 0) {
                throw new ScanRejectedException(name, 0, Reason.NO_PAGES, LocalizedText.of(CoreText.EMPTY_FILE), null);
            }
            if (size > ScanSource.MAX_INPUT_BYTES) {
                throw new ScanRejectedException(name, 0, Reason.TOO_LARGE, LocalizedText.of(CoreText.INPUT_TOO_LARGE), null);
            }
            String sha = sha256(src);
            try (RandomAccessRead raw = ScanAccess.open(src)) {
                Input in = new Input(raw);
                byte[] head = in.bytes((int) Math.min(16, in.length()));
                List<PagePlan> plans;
                if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8) {
                    plans = List.of(JpegProbe.probe(src, in, sha));
                } else if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N') {
                    plans = List.of(PngProbe.probe(src, in, sha));
                } else if (head.length >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                        || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
                    plans = TiffProbe.probe(src, in, sha);
                } else if ((head.length >= 12 && head[3] == 12 && head[4] == 'j' && head[5] == 'P')
                        || Jp2Probe.isRawCodestream(head)) {
                    plans = List.of(Jp2Probe.probe(src, in, sha));
                } else if (GifProbe.isGif(head)) {
                    plans = GifProbe.probe(src, sha);
                } else if (PdfProbe.looksLikePdf(in)) {
                    plans = PdfProbe.probe(src, sha);
                } else {
                    throw new ScanRejectedException(name, 0, Reason.UNSUPPORTED_FORMAT, LocalizedText.of(CoreText.UNSUPPORTED_FORMAT), null);
                }
                if (plans.isEmpty()) {
                    throw new ScanRejectedException(name, 0, Reason.NO_PAGES, LocalizedText.of(CoreText.NO_PAGES), null);
                }
                return plans.stream().map(p -> checkTransparency(p, allowFlatten)).toList();
            }
        } catch (IOException e) {
            throw new ScanRejectedException(name, 0, Reason.UNREADABLE, LocalizedText.of(CoreText.CANNOT_READ_INPUT, e.getMessage()), e);
        }
    }

    /** Decodes an image that is to be re-encoded anyway and refuses real transparency unless flattening. */
    private static PagePlan checkTransparency(PagePlan plan, boolean allowFlatten) {
        if (!(plan instanceof ImagePlan ip) || ip.reencode() == null) {
            return plan;
        }
        BufferedImage img = ImageDecoder.decode(ip.source(), ip.reencode().imageIoFormat(), ip.reencode().imageIndex());
        boolean transparent = LosslessRaster.hasRealTransparency(img);
        if (!transparent) {
            if (ip.passThrough() != null) {
                // opaque after all: the encoded data passes through as planned
                return new ImagePlan(ip.source(), ip.mediaType(), ip.sourcePage(), ip.sourceSha256(), ip.width(),
                        ip.height(), ip.dpi(), ip.orientation(), ip.encoding(), ip.passThrough(), null);
            }
            // proves the samples can be written before anything is written
            LosslessRaster.of(img, false, ip.source().name(), ip.sourcePage());
            return plan;
        }
        if (!allowFlatten) {
            throw new ScanRejectedException(ip.source().name(), ip.sourcePage(), Reason.TRANSPARENCY, LocalizedText.of(CoreText.IMAGE_HAS_REAL_TRANSPARENCY), null);
        }
        return new ImagePlan(ip.source(), ip.mediaType(), ip.sourcePage(), ip.sourceSha256(), ip.width(), ip.height(),
                ip.dpi(), ip.orientation(), PageEncoding.FLATE_FLATTENED, null,
                new ImagePlan.Reencode(ip.reencode().imageIoFormat(), ip.reencode().imageIndex(), true));
    }

    static String sha256(ScanSource src) throws IOException {
        try (InputStream in = src.openStream()) {
            return vn.bansao.common.Sha256.toHex(vn.bansao.common.Sha256.digest(in));
        }
    }
}
