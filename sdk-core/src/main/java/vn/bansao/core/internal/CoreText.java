package vn.bansao.core.internal;

import vn.bansao.common.MessageKey;

/**
 * The detail texts of the core's errors ({@code vn/bansao/core/texts.properties}, {@code texts_vi.properties}): what
 * is wrong with a scan or a copy, one sentence each, given to {@link vn.bansao.core.ScanRejectedException} and
 * {@link vn.bansao.core.read.CertifiedCopyReadException} as a {@link vn.bansao.common.LocalizedText}.
 *
 * <pre>{@code
 * throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.TRUNCATED_JPEG_FILE), e);
 * }</pre>
 */
public enum CoreText implements MessageKey {
    INPUT_TOO_LARGE,
    NO_SCANS,
    CORRUPT_TRUNCATED_TIFF_FILE,
    FLOATING_POINT_SAMPLES,
    SAMPLE_DEPTH_NOT_LOSSLESS,
    TOO_MANY_OPERATORS,
    CONTENT_TOO_LARGE,
    Q_NESTED_DEEPER_THAN,
    MARKED_CONTENT_NESTED_DEEPER,
    TOO_MANY_IMAGE_DRAWS,
    JPEG_HEIGHT_GIVEN_DNL,
    JPEG_PRECISION_UNSUPPORTED,
    JPEG_COMPONENTS,
    TRUNCATED_JPEG_FILE,
    TRUNCATED_JPEG_NO_EOI,
    TRUNCATED_PNG_FILE,
    CORRUPT_PNG_COMPRESSED_DATA,
    ENCRYPTED_PDF,
    NOT_VALID_PDF,
    PDF_WITHOUT_PAGES,
    TOO_MANY_PAGES,
    DAMAGED_PDF,
    INVALID_IMAGE_SIZE,
    IMAGE_EXCEEDS_LIMITS,
    IMAGE_TOO_LARGE_TO_DECODE,
    JP2_WITHOUT_USABLE_COLOUR,
    JPEG_2000_ALPHA_CHANNEL,
    JPEG_2000_CHANNELS,
    TRUNCATED_JPEG_2000_FILE,
    EMPTY_FILE,
    UNSUPPORTED_FORMAT,
    NO_PAGES,
    CANNOT_READ_INPUT,
    IMAGE_HAS_REAL_TRANSPARENCY,
    NO_GIF_READER,
    CORRUPT_GIF_FILE,
    MASK_HIDES_PIXELS,
    ALPHA_CHANNEL_SMASKINDATA,
    MALFORMED_SMASK,
    MALFORMED_ICC_PROFILE,
    INVALID_COLOUR_SPACE,
    UNREADABLE_SMASK,
    SOFT_MASK_HIDES_PIXELS,
    NOT_ONLY_SCANNED_IMAGES,
    NOT_PDFA_IMPORTABLE,
    SAMPLE_LAYOUT_NOT_LOSSLESS,
    NO_DECODER,
    IMAGE_COULD_NOT_DECODED,
    IMAGE_COULD_NOT_DECODED_2,
    READ_FILE_TOO_LARGE,
    READ_CANNOT_READ_FILE,
    READ_CANNOT_READ_STREAM,
    READ_BAD_REVISION_LENGTH,
    READ_SIGNED_REVISION_UNREADABLE,
    READ_BAD_PAGE_COUNT,
    READ_NO_XMP_METADATA,
    READ_XMP_TOO_LARGE,
    READ_NO_READABLE_CERTIFICATION_FACTS,
    READ_NO_MANIFEST_JSON,
    READ_CORRUPT_MANIFEST_JSON,
    READ_PAGE_COUNT_MISMATCH,
    READ_DAMAGED_FILE,
    READ_TRUNCATED_PDF_NO_EOF,
    ;

    @Override
    public String bundle() {
        return "vn.bansao.core.texts";
    }
}
