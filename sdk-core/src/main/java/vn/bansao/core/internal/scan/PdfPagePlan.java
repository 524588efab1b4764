package vn.bansao.core.internal.scan;

import vn.bansao.core.ScanSource;

/**
 * A page of a scanned PDF, imported as it is.
 *
 * @param source       the PDF
 * @param mediaType    {@code application/pdf}
 * @param sourcePage   1-based page number in it
 * @param sourceSha256 SHA-256 of the PDF
 * @param textMappable false when some font on the page has no Unicode mapping (the file is then PDF/A-3b)
 */
public record PdfPagePlan(ScanSource source, String mediaType, int sourcePage, String sourceSha256,
                          boolean textMappable)
        implements PagePlan {
}
