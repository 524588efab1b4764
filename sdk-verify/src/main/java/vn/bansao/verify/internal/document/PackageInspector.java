package vn.bansao.verify.internal.document;

import java.util.List;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.verify.PageHashCheck;
import vn.bansao.verify.internal.pdf.Revision;

/**
 * Reads what a bansao package says about itself: the certification facts of its metadata and the
 * manifest of scanned pages, whose image bytes are hashed again and compared. The facts and the manifest come
 * from the revision the first signature covers (what the officer signed); the page hashes must hold both
 * there and in the final revision (what a viewer shows); and a final revision stating other facts than the
 * signed one is reported, never shown.
 *
 * <pre>{@code
 * PackageView view = inspector.isBansaoPackage(signed) ? inspector.inspect(signed, last) : PackageView.none();
 * }</pre>
 */
public interface PackageInspector {

    /**
     * What a package says, read once.
     *
     * @param facts        the signed certification facts
     * @param pageHashes   each scanned page against the signed manifest, as signed and as finally shown
     * @param changedAfterSigning the first fact a later revision states differently, if any
     */
    record PackageView(Optional<CertificationFacts> facts, List<PageHashCheck> pageHashes,
                       Optional<String> changedAfterSigning) {
        public static PackageView none() {
            return new PackageView(Optional.empty(), List.of(), Optional.empty());
        }
    }

    /** True when the revision carries bansao package metadata (cheap: XMP namespace only). */
    boolean isBansaoPackage(Revision revision);

    /** Facts of the signed revision, page hashes of the signed and the final revision, and whether facts changed. */
    PackageView inspect(Revision signed, Revision last);

    /** An inspector for documents without bansao metadata. */
    static PackageInspector none() {
        return new PackageInspector() {
            @Override
            public boolean isBansaoPackage(Revision revision) {
                return false;
            }

            @Override
            public PackageView inspect(Revision signed, Revision last) {
                return PackageView.none();
            }
        };
    }
}
