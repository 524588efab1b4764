package vn.bansao.verify.internal.document;

import java.util.List;
import java.util.Optional;
import vn.bansao.verify.CertificationFacts;
import vn.bansao.verify.PageHashCheck;
import vn.bansao.verify.internal.pdf.Revision;

/**
 * Reads what the bansao package says about itself: the certification facts of its metadata and the
 * manifest of scanned pages, whose image bytes are hashed again and compared.
 */
public interface PackageInspector {

    /** True when the revision carries bansao package metadata. */
    boolean isBansaoPackage(Revision revision);

    /** The certification facts of the package metadata. */
    Optional<CertificationFacts> facts(Revision revision);

    /** Each manifest page's hash against the image bytes embedded in the revision. */
    List<PageHashCheck> pageHashes(Revision revision);

    /** An inspector for documents without bansao metadata. */
    static PackageInspector none() {
        return new PackageInspector() {
            @Override
            public boolean isBansaoPackage(Revision revision) {
                return false;
            }

            @Override
            public Optional<CertificationFacts> facts(Revision revision) {
                return Optional.empty();
            }

            @Override
            public List<PageHashCheck> pageHashes(Revision revision) {
                return List.of();
            }
        };
    }
}
