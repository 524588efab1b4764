package vn.bansao.core.internal.scan;

import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.internal.CoreText;

/**
 * Limits checked from headers before any pixel is decoded, so a decompression bomb costs nothing.
 * An A3 page at 600 dpi is 7016 x 9921 = 70 megapixels; anything beyond 100 megapixels or 30000 pixels
 * per side is not a document scan. Images that must be decoded (re-encoded losslessly) are limited
 * further, since their raster is held in memory.
 */
public final class ImageLimits {

    public static final int MAX_SIDE = 30_000;
    public static final long MAX_PIXELS = 100_000_000L;
    /** Largest raster decoded in memory for lossless re-encoding (about 60 MB for RGB 8-bit). */
    public static final long MAX_DECODED_BYTES = 64L << 20;

    private ImageLimits() {
    }

    /** Refuses absurd or empty dimensions. */
    public static void check(String input, int page, long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new ScanRejectedException(input, page, ScanRejectedException.Reason.CORRUPT, LocalizedText.of(CoreText.INVALID_IMAGE_SIZE, width, height), null);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new ScanRejectedException(input, page, ScanRejectedException.Reason.TOO_LARGE, LocalizedText.of(CoreText.IMAGE_EXCEEDS_LIMITS, width, height, MAX_PIXELS / 1_000_000, MAX_SIDE), null);
        }
    }

    /** Refuses rasters too big to decode for re-encoding. */
    public static void checkDecodable(String input, int page, long width, long height, int bytesPerPixel) {
        check(input, page, width, height);
        if (width * height * bytesPerPixel > MAX_DECODED_BYTES) {
            throw new ScanRejectedException(input, page, ScanRejectedException.Reason.TOO_LARGE, LocalizedText.of(CoreText.IMAGE_TOO_LARGE_TO_DECODE, width, height), null);
        }
    }
}
