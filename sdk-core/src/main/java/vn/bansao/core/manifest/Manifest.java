package vn.bansao.core.manifest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.bansao.common.Sha256;

/**
 * The embedded {@code manifest.json} of a certified copy: every scanned page with its provenance.
 *
 * <pre>{@code
 * Manifest m = CertifiedCopyReader.read(path).manifest();
 * String digest = m.scanDigest(); // the value in the QR code
 * }</pre>
 *
 * @param format     format identifier, {@value #FORMAT}
 * @param documentId the document ID (also in the trailer /ID and XMP xmpMM:DocumentID)
 * @param scanDigest {@link #scanDigestOf(List)} of the pages, base64url without padding
 * @param pages      the scanned pages in page order (the certification page is not listed)
 */
public record Manifest(String format, String documentId, String scanDigest, List<ManifestPage> pages) {

    /** The manifest format identifier. */
    public static final String FORMAT = "bansao-manifest/1";

    public Manifest {
        pages = List.copyOf(pages);
    }

    /**
     * The digest of the scanned pages: SHA-256 over the UTF-8 text made of each page's
     * {@code sourceSha256} (lower-case hex) followed by a line feed, in page order; base64url, no padding.
     */
    public static String scanDigestOf(List<ManifestPage> pages) {
        return scanDigestOfSources(pages.stream().map(ManifestPage::sourceSha256).toList());
    }

    /** {@link #scanDigestOf(List)} from the pages' {@code sourceSha256} values alone, in page order. */
    public static String scanDigestOfSources(List<String> sourceSha256s) {
        StringBuilder sb = new StringBuilder();
        for (String sha : sourceSha256s) {
            sb.append(sha).append('\n');
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Recomputes {@link #scanDigestOf(List)} and compares it with the recorded value. */
    public boolean scanDigestMatches() {
        return scanDigestOf(pages).equals(scanDigest);
    }

    /** Lower-case hex, as used for every digest in the manifest ({@link Sha256#toHex}). */
    public static String hex(byte[] digest) {
        return Sha256.toHex(digest);
    }
}
