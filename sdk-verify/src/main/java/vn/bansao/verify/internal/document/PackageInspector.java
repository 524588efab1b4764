package vn.bansao.verify.internal.document;

import java.util.List;
import java.util.Optional;
import vn.bansao.verify.CertificationFacts;
import vn.bansao.verify.PageHashCheck;
import vn.bansao.verify.internal.pdf.Revision;

/**
 * Reads what a bansao package says about itself: the certification facts of its metadata and the
 * manifest of scanned pages, whose image bytes are hashed again and compared. It is given the revision the
 * first signature covers: what the officer signed (any later change is judged by the revision diff).
 *
 * <pre>{@code
 * PackageView view = inspector.isBansaoPackage(rev) ? inspector.inspect(rev) : PackageView.none();
 * }</pre>
 */
public interface PackageInspector {

    /** What a package says, read once. */
    record PackageView(Optional<CertificationFacts> facts, List<PageHashCheck> pageHashes) {
        public static PackageView none() {
            return new PackageView(Optional.empty(), List.of());
        }
    }

    /** True when the revision carries bansao package metadata (cheap: XMP namespace only). */
    boolean isBansaoPackage(Revision revision);

    /** Facts and page hashes of the revision. */
    PackageView inspect(Revision revision);

    /** An inspector for documents without bansao metadata. */
    static PackageInspector none() {
        return new PackageInspector() {
            @Override
            public boolean isBansaoPackage(Revision revision) {
                return false;
            }

            @Override
            public PackageView inspect(Revision revision) {
                return PackageView.none();
            }
        };
    }
}
