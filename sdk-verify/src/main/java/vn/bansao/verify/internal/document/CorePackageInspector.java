package vn.bansao.verify.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReadException;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.core.read.FactsComparison;
import vn.bansao.verify.PageHashCheck;
import vn.bansao.verify.internal.pdf.Revision;

/**
 * Reads bansao packages with bansao-core's {@link CertifiedCopyReader}: the XMP facts and the manifest of the
 * revision the officer signed; each scanned page's drawn image stream hashed again against the signed
 * {@code manifest.json} (and against the source file's hash for pass-through JPEG pages) both in that revision
 * and in the final one; and the final revision's facts compared with the signed ones
 * ({@link FactsComparison}).
 *
 * <pre>{@code
 * PackageInspector.PackageView v = new CorePackageInspector().inspect(signedRevision, finalRevision);
 * }</pre>
 */
public final class CorePackageInspector implements PackageInspector {

    /** The bansao XMP namespace (bansao-core). */
    static final String NS = "https://bansao.vn/ns/certified-copy/1.0/";

    @Override
    public boolean isBansaoPackage(Revision revision) {
        return XmpClaims.xmp(revision).map(x -> x.contains(NS)).orElse(false);
    }

    private static CertifiedCopyContents read(Revision revision) {
        return CertifiedCopyReader.readRevision(revision.file(), (int) revision.length());
    }

    @Override
    public PackageView inspect(Revision signed, Revision last) {
        if (!isBansaoPackage(signed)) {
            return PackageView.none();
        }
        CertifiedCopyContents s = read(signed);
        if (last == signed || last.length() == signed.length()) {
            return new PackageView(Optional.of(s.facts()), pageHashes(s, s), Optional.empty());
        }
        CertifiedCopyContents l;
        try {
            l = read(last);
        } catch (CertifiedCopyReadException e) {
            // the final revision no longer reads as the package that was signed (XMP or manifest replaced)
            return new PackageView(Optional.of(s.facts()), pageHashes(s, s),
                    Optional.of("metadata (" + e.english() + ")"));
        }
        return new PackageView(Optional.of(s.facts()), pageHashes(s, l), FactsComparison.firstDifference(s, l));
    }

    /**
     * Each page of the signed manifest against the image drawn in the signed revision and in the final one: the
     * check holds only when both match (the final revision is what a viewer shows).
     */
    private static List<PageHashCheck> pageHashes(CertifiedCopyContents signed, CertifiedCopyContents last) {
        List<Integer> bad = new ArrayList<>(signed.passThroughMismatches());
        if (last != signed) {
            CertifiedCopyContents shown = new CertifiedCopyContents(signed.facts(), signed.manifest(), signed.xmpScanDigest(),
                    signed.pdfaPart(), signed.pdfaConformance(), signed.documentId(), last.pageCount(),
                    last.signatureFields(), last.imageDigests(), signed.firstSignedRevisionEnd());
            bad.addAll(shown.passThroughMismatches());
        }
        List<PageHashCheck> out = new ArrayList<>();
        for (ManifestPage p : signed.manifest().pages()) {
            if (p.embeddedStreamSha256().isEmpty()) {
                continue;
            }
            String actual = last.imageDigest(p.page()).orElse("");
            out.add(new PageHashCheck(p.page(), p.embeddedStreamSha256(), actual, !bad.contains(p.page())));
        }
        return out;
    }
}
