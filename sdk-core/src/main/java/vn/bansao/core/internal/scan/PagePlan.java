package vn.bansao.core.internal.scan;

import vn.bansao.core.ScanSource;

/** What one page of the copy will be made of, decided and validated before anything is written. */
public sealed interface PagePlan permits ImagePlan, PdfPagePlan {

    ScanSource source();

    /** Media type of the input. */
    String mediaType();

    /** 1-based page within the input. */
    int sourcePage();

    /** SHA-256 (hex) of the whole input. */
    String sourceSha256();
}
