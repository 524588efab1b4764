package vn.bansao.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.manifest.Manifest;
import vn.bansao.core.manifest.ManifestPage;

/**
 * What a certified copy says about itself, read by {@link CertifiedCopyReader}.
 *
 * <pre>{@code
 * CertifiedCopyContents c = CertifiedCopyReader.read(Path.of("copy.pdf"));
 * if (!c.passThroughMismatches().isEmpty()) { ... }   // an embedded scan differs from the manifest
 * }</pre>
 *
 * @param facts            certification facts (bansao XMP schema)
 * @param manifest         the embedded manifest.json
 * @param xmpScanDigest    the scan digest recorded in XMP
 * @param pdfaPart         XMP pdfaid:part
 * @param pdfaConformance  XMP pdfaid:conformance
 * @param documentId       XMP xmpMM:DocumentID
 * @param pageCount        pages in the file (scanned pages + the certification page)
 * @param signatureFields  signature fields with their widget positions
 * @param imageDigests     recomputed SHA-256 of the image stream each scanned page draws
 * @param firstSignedRevisionEnd where the first signature's signed revision ends (the facts come from there),
 *                         0 for an unsigned copy
 */
public record CertifiedCopyContents(CertificationFacts facts, Manifest manifest, String xmpScanDigest,
                                    String pdfaPart, String pdfaConformance, String documentId, int pageCount,
                                    List<SignatureFieldInfo> signatureFields, List<EmbeddedImageDigest> imageDigests,
                                    long firstSignedRevisionEnd) {

    public CertifiedCopyContents {
        signatureFields = List.copyOf(signatureFields);
        imageDigests = List.copyOf(imageDigests);
    }

    /** 0-based index of the certification page: the last page. */
    public int certificationPageIndex() {
        return pageCount - 1;
    }

    /** The field named {@code name}, if present. */
    public Optional<SignatureFieldInfo> signatureField(String name) {
        return signatureFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The recomputed digest of the embedded image stream of 1-based {@code page}, if it has one. */
    public Optional<String> imageDigest(int page) {
        return imageDigests.stream().filter(d -> d.page() == page).map(EmbeddedImageDigest::sha256).findFirst();
    }

    /**
     * Pages (1-based) whose embedded image stream does not match the manifest: for every page, the recomputed
     * stream digest must equal {@code embeddedStreamSha256}, and for pass-through JPEG / JPEG 2000 pages also the
     * source file's digest. Empty when everything matches.
     */
    public List<Integer> passThroughMismatches() {
        List<Integer> bad = new ArrayList<>();
        for (ManifestPage p : manifest.pages()) {
            if (p.embeddedStreamSha256().isEmpty()) {
                continue;
            }
            Optional<String> actual = imageDigest(p.page());
            boolean ok = actual.isPresent() && actual.get().equals(p.embeddedStreamSha256());
            if (ok && p.passThrough() && wholeFile(p)) {
                ok = actual.get().equals(p.sourceSha256());
            }
            if (!ok) {
                bad.add(p.page());
            }
        }
        return bad;
    }

    private static boolean wholeFile(ManifestPage p) {
        return switch (p.encoding()) {
            case JPEG_AS_IS, JPEG2000_AS_IS -> true;
            default -> false;
        };
    }

    /** Whether the manifest's scan digest is consistent with its pages and with XMP. */
    public boolean scanDigestConsistent() {
        return manifest.scanDigestMatches() && manifest.scanDigest().equals(xmpScanDigest);
    }
}
