package vn.bansao.core.internal.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.manifest.PageEncoding;

/**
 * GIF (as img2pdf accepts it): one page per frame, palette indices re-encoded losslessly with Flate
 * (GIF's LZW is forbidden in PDF/A). GIF has no resolution: 300 dpi is assumed and recorded.
 */
final class GifProbe {

    private static final int MAX_FRAMES = 1000;

    private GifProbe() {
    }

    static boolean isGif(byte[] head) {
        return head.length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8';
    }

    static List<PagePlan> probe(ScanSource src, String sha) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
        if (!readers.hasNext()) {
            throw new ScanRejectedException(src.name(), 0, Reason.UNSUPPORTED_FORMAT, LocalizedText.of(CoreText.NO_GIF_READER), null);
        }
        ImageReader reader = readers.next();
        try (InputStream raw = src.openStream(); ImageInputStream iis = ImageIO.createImageInputStream(raw)) {
            reader.setInput(iis, false, true);
            List<PagePlan> pages = new ArrayList<>();
            for (int i = 0; i < MAX_FRAMES; i++) {
                int w;
                int h;
                try {
                    w = reader.getWidth(i);
                    h = reader.getHeight(i);
                } catch (IndexOutOfBoundsException end) {
                    break;
                }
                ImageLimits.checkDecodable(src.name(), i + 1, w, h, 1);
                pages.add(new ImagePlan(src, "image/gif", i + 1, sha, w, h, Dpi.resolve(Double.NaN, Double.NaN),
                        Orientation.NONE, PageEncoding.FLATE_LOSSLESS, null, new ImagePlan.Reencode("gif", i, false)));
            }
            return pages;
        } catch (ScanRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ScanRejectedException(src.name(), 0, Reason.CORRUPT, LocalizedText.of(CoreText.CORRUPT_GIF_FILE, e.getMessage()), e);
        } finally {
            reader.dispose();
        }
    }
}
