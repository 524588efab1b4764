package vn.bansao.core.internal.scan;

import vn.bansao.core.ScanSource;

/**
 * A page of a scanned PDF, accepted as a scan ({@link ScanPageContent}): it is rebuilt from the images it draws.
 *
 * @param source       the PDF
 * @param mediaType    {@code application/pdf}
 * @param sourcePage   1-based page number in it
 * @param sourceSha256 SHA-256 of the PDF
 */
public record PdfPagePlan(ScanSource source, String mediaType, int sourcePage, String sourceSha256)
        implements PagePlan {
}
