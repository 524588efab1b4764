package vn.bansao.core.internal.embed;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.internal.scan.ImageLimits;

/**
 * Decodes one frame with ImageIO, only after checking the size the reader reports against
 * {@link ImageLimits}: the raster is the only large allocation, and it is bounded.
 */
public final class ImageDecoder {

    static {
        ImageIO.setUseCache(false);
    }

    private ImageDecoder() {
    }

    /** Decodes frame {@code index} (0-based) of {@code source} read as {@code format}. */
    public static BufferedImage decode(ScanSource source, String format, int index) {
        int page = index + 1;
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new ScanRejectedException(source.name(), page, Reason.UNSUPPORTED_FORMAT, LocalizedText.of(CoreText.NO_DECODER, format), null);
        }
        ImageReader reader = readers.next();
        try (InputStream raw = source.openStream(); ImageInputStream iis = ImageIO.createImageInputStream(raw)) {
            reader.setInput(iis, false, true);
            int w = reader.getWidth(index);
            int h = reader.getHeight(index);
            ImageLimits.checkDecodable(source.name(), page, w, h, 4);
            BufferedImage img = reader.read(index);
            if (img == null) {
                throw new ScanRejectedException(source.name(), page, Reason.CORRUPT, LocalizedText.of(CoreText.IMAGE_COULD_NOT_DECODED), null);
            }
            return img;
        } catch (ScanRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ScanRejectedException(source.name(), page, Reason.CORRUPT, LocalizedText.of(CoreText.IMAGE_COULD_NOT_DECODED_2, e.getClass().getSimpleName(), e.getMessage()), e);
        } finally {
            reader.dispose();
        }
    }
}
