package vn.bansao.core.internal.scan;

import java.util.List;
import vn.bansao.core.ScanSource;
import vn.bansao.core.manifest.PageEncoding;

/**
 * A raster page: either its encoded bytes pass through (ranges of the input, optionally bit-reversed) with
 * the dictionary entries that describe them, or it is decoded and re-encoded losslessly.
 *
 * @param source        the input
 * @param mediaType     its media type
 * @param sourcePage    1-based frame within it
 * @param sourceSha256  SHA-256 of the input
 * @param width         pixels
 * @param height        pixels
 * @param dpi           resolution for the page size
 * @param orientation   page rotation / mirror
 * @param encoding      how it will be embedded
 * @param passThrough   the pass-through description, when {@code encoding} is a pass-through kind
 * @param reencode      the re-encoding description otherwise; during probing both may be set, meaning
 *                      "decode to check transparency, then pass through if opaque"
 */
public record ImagePlan(ScanSource source, String mediaType, int sourcePage, String sourceSha256,
                        int width, int height, Dpi dpi, Orientation orientation, PageEncoding encoding,
                        PassThrough passThrough, Reencode reencode) implements PagePlan {

    /**
     * Encoded bytes copied from the input.
     *
     * @param ranges           slices of the input, concatenated
     * @param reverseBits      reverse the bits of every byte (TIFF FillOrder 2)
     * @param filter           PDF filter name, e.g. DCTDecode
     * @param bitsPerComponent bits per component
     * @param colour           colour space
     * @param decodeInverted   write /Decode [1 0 ...] (Adobe CMYK JPEG)
     * @param decodeParms      /DecodeParms entries (Integer or Boolean values), in insertion order
     */
    public record PassThrough(List<ByteRange> ranges, boolean reverseBits, String filter, int bitsPerComponent,
                              Colour colour, boolean decodeInverted, java.util.Map<String, Object> decodeParms) {
    }

    /**
     * Pixels decoded with ImageIO then written with Flate.
     *
     * @param imageIoFormat ImageIO format name (png, tiff, jpeg, gif, bmp)
     * @param imageIndex    0-based frame
     * @param flatten       transparency present and flattening on white allowed
     */
    public record Reencode(String imageIoFormat, int imageIndex, boolean flatten) {
    }
}
