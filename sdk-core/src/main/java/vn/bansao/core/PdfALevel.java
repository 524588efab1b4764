package vn.bansao.core;

/**
 * The PDF/A conformance the builder writes and declares in XMP.
 *
 * <pre>{@code
 * CertifiedCopy.builder().pdfaLevel(PdfALevel.PDF_A_3B) ...
 * }</pre>
 */
public enum PdfALevel {
    /** PDF/A-3u: every text maps to Unicode (the default; the statement is extractable). */
    PDF_A_3U("3", "U"),
    /** PDF/A-3b: visual appearance only. */
    PDF_A_3B("3", "B");

    private final String part;
    private final String conformance;

    PdfALevel(String part, String conformance) {
        this.part = part;
        this.conformance = conformance;
    }

    /** XMP pdfaid:part. */
    public String part() {
        return part;
    }

    /** XMP pdfaid:conformance. */
    public String conformance() {
        return conformance;
    }
}
