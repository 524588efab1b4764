package vn.bansao.verify;

import java.util.List;
import java.util.Optional;

/**
 * What the verifier found about the document itself.
 *
 * <pre>{@code
 * DocumentReport d = report.document();
 * System.out.println(d.pages() + " pages, PDF/A " + d.pdfaClaim().orElse("none"));
 * }</pre>
 *
 * @param pages         number of pages of the final revision (0 when unreadable)
 * @param revisions     number of revisions (incremental updates + 1) found through signatures
 * @param certifiedCopy true when the file is a bansao certified copy (bansao fields or metadata)
 * @param facts         certification facts from the package metadata
 * @param pageHashes    scanned-page hashes against the manifest
 * @param pdfaClaim     the PDF/A claim of the XMP metadata, e.g. {@code PDF/A-2b}
 */
public record DocumentReport(int pages, int revisions, boolean certifiedCopy, Optional<CertificationFacts> facts,
                             List<PageHashCheck> pageHashes, Optional<String> pdfaClaim) {
    public DocumentReport {
        pageHashes = List.copyOf(pageHashes);
    }

    public static DocumentReport unreadable() {
        return new DocumentReport(0, 0, false, Optional.empty(), List.of(), Optional.empty());
    }
}
