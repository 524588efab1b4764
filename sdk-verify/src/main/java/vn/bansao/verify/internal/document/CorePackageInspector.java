package vn.bansao.verify.internal.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.verify.PageHashCheck;
import vn.bansao.verify.internal.pdf.Revision;

/**
 * Reads bansao packages with bansao-core's {@link CertifiedCopyReader}: the XMP facts of the revision the
 * officer signed and, for the final revision, each scanned page's embedded image stream hashed again
 * against {@code manifest.json} (and against the source file's hash for pass-through JPEG pages).
 *
 * <pre>{@code
 * PackageInspector.PackageView v = new CorePackageInspector().inspect(signedRevision);
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
        byte[] bytes = revision.length() == revision.file().length ? revision.file()
                : Arrays.copyOf(revision.file(), (int) revision.length());
        return CertifiedCopyReader.read(bytes);
    }

    @Override
    public PackageView inspect(Revision revision) {
        if (!isBansaoPackage(revision)) {
            return PackageView.none();
        }
        CertifiedCopyContents c = read(revision);
        return new PackageView(Optional.of(facts(c.facts())), pageHashes(c));
    }

    private static vn.bansao.verify.CertificationFacts facts(CertificationFacts f) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("kind", f.kind().name());
        all.put("number", Long.toString(f.number()));
        all.put("book", f.book());
        all.put("registerType", f.registerType());
        all.put("date", f.date().toString());
        all.put("bodyName", f.bodyName());
        all.put("bodyCode", f.bodyCode());
        all.put("requesterName", f.requesterName());
        all.put("originalTitle", f.originalTitle());
        all.put("originalIssuer", f.originalIssuer());
        all.put("originalNumber", f.originalNumber());
        all.put("originalDate", f.originalDate().toString());
        all.put("pages", Integer.toString(f.pages()));
        all.put("copies", Integer.toString(f.copies()));
        all.put("certifierName", f.certifierName());
        all.put("certifierTitle", f.certifierTitle());
        f.fee().ifPresent(fee -> all.put("fee", Long.toString(fee)));
        f.portalUrl().ifPresent(u -> all.put("portalUrl", u));
        return new vn.bansao.verify.CertificationFacts(f.kind().name(), Long.toString(f.number()),
                f.year(), Optional.of(f.book()), all);
    }

    private static List<PageHashCheck> pageHashes(CertifiedCopyContents c) {
        List<Integer> bad = c.passThroughMismatches();
        List<PageHashCheck> out = new ArrayList<>();
        for (ManifestPage p : c.manifest().pages()) {
            if (p.embeddedStreamSha256().isEmpty()) {
                continue;
            }
            String actual = c.imageDigest(p.page()).orElse("");
            out.add(new PageHashCheck(p.page(), p.embeddedStreamSha256(), actual, !bad.contains(p.page())));
        }
        return out;
    }
}
