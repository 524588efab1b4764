package vn.bansao.core.manifest;

/**
 * One scanned page of a certified copy, as recorded in its embedded {@code manifest.json}.
 *
 * <pre>{@code
 * for (ManifestPage p : contents.manifest().pages()) System.out.println(p.sourceName() + " " + p.dpiX());
 * }</pre>
 *
 * @param page                 1-based page number in the PDF
 * @param sourceName           file name of the input (no directories)
 * @param mediaType            media type of the input, e.g. {@code image/jpeg}
 * @param sourceSha256         SHA-256 (hex) of the whole input file's bytes
 * @param sourcePage           1-based page (frame) within the input (multi-page TIFF, PDF)
 * @param widthPx              width in pixels of the image as stored (for a PDF page: its image's, 0 when it
 *                             draws several)
 * @param heightPx             height in pixels as stored (likewise)
 * @param dpiX                 horizontal resolution used for the page size (0 for an imported PDF page)
 * @param dpiY                 vertical resolution used for the page size
 * @param dpiDefaulted         true when the input had no usable resolution and 300 dpi was assumed
 * @param rotation             clockwise page rotation (0, 90, 180, 270) applied from EXIF/TIFF orientation
 * @param mirrored             true when the orientation also mirrors (applied by the page's drawing matrix)
 * @param encoding             how the pixels were embedded
 * @param passThrough          true when the embedded image stream holds the source bytes unchanged
 * @param embeddedStreamSha256 SHA-256 (hex) of the embedded image stream's encoded bytes (for a PDF page: its image's,
 *                             empty when it draws several)
 */
public record ManifestPage(
        int page, String sourceName, String mediaType, String sourceSha256, int sourcePage,
        int widthPx, int heightPx, double dpiX, double dpiY, boolean dpiDefaulted,
        int rotation, boolean mirrored, PageEncoding encoding, boolean passThrough,
        String embeddedStreamSha256) {
}
