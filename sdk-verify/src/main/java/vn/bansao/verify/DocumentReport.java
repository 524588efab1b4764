package vn.bansao.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;

/**
 * What the verifier found about the document itself.
 *
 * <pre>{@code
 * DocumentReport d = report.document();
 * System.out.println(d.pages() + " pages, PDF/A " + d.pdfaClaim().orElse("none"));
 * d.facts().ifPresent(f -> System.out.println(f.number() + ", " + f.book() + ", " + f.agencyCode()));
 * }</pre>
 *
 * @param pages         number of pages of the final revision (0 when unreadable)
 * @param revisions     number of revisions (incremental updates + 1) found through signatures
 * @param certifiedCopy true when the file is a bansao certified copy (bansao fields or metadata)
 * @param facts         the certification facts of the revision the officer signed (bansao-core's one model)
 * @param pageHashes    scanned-page hashes against the manifest
 * @param pdfaClaim     the PDF/A claim of the XMP metadata, e.g. {@code PDF/A-2b}
 */
public record DocumentReport(int pages, int revisions, boolean certifiedCopy, Optional<CertificationFacts> facts,
                             List<PageHashCheck> pageHashes, Optional<String> pdfaClaim) {
    public DocumentReport {
        pageHashes = List.copyOf(pageHashes);
    }

    /**
     * The signed facts by the property names of the copy's XMP metadata ({@link CertificationFacts#xmpProperties()}),
     * without the requester's identity number: a report is passed on to other offices, and the certification's
     * number and the requester's name already identify it. Empty when the copy states no facts.
     */
    public Map<String, String> factProperties() {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<String, String> all = new LinkedHashMap<>(facts.get().xmpProperties());
        all.remove("requesterId");
        return Collections.unmodifiableMap(all);
    }

    /** The report of a file that could not be read as a PDF. */
    public static DocumentReport unreadable() {
        return new DocumentReport(0, 0, false, Optional.empty(), List.of(), Optional.empty());
    }
}
