package vn.bansao.core.manifest;

/**
 * How a scanned page's pixels were put into the PDF. Only {@link #FLATE_FLATTENED} changes pixels, and
 * only when the caller allowed it.
 *
 * <pre>{@code
 * boolean identical = page.encoding().isPassThrough();
 * }</pre>
 */
public enum PageEncoding {
    /** JPEG file embedded byte-for-byte as a DCTDecode stream. */
    JPEG_AS_IS(true),
    /** JPEG 2000 (JP2) file embedded byte-for-byte as a JPXDecode stream. */
    JPEG2000_AS_IS(true),
    /** PNG image data (concatenated IDAT chunks) embedded byte-for-byte as FlateDecode with PNG predictors. */
    PNG_IDAT_AS_IS(true),
    /** TIFF CCITT G4 strip embedded byte-for-byte as CCITTFaxDecode. */
    CCITT_G4_AS_IS(true),
    /** TIFF CCITT G4 strip with FillOrder 2: bits reversed in each byte, so lossless but not byte-identical. */
    CCITT_G4_BIT_REVERSED(false),
    /** Decoded and re-encoded losslessly with Flate: the same samples, a different encoding. */
    FLATE_LOSSLESS(false),
    /** Transparency flattened on white (explicitly allowed by the caller), then Flate. */
    FLATE_FLATTENED(false),
    /**
     * A page of a scanned PDF, rebuilt from the images it draws: each image stream's encoded bytes unchanged,
     * fresh content and resources (nothing else of the page is carried over).
     */
    PDF_PAGE_IMPORTED(false);

    private final boolean passThrough;

    PageEncoding(boolean passThrough) {
        this.passThrough = passThrough;
    }

    /** Whether the embedded image stream holds the source bytes unchanged. */
    public boolean isPassThrough() {
        return passThrough;
    }
}
