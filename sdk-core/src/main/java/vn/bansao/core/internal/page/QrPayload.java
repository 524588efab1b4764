package vn.bansao.core.internal.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.bansao.core.facts.CertificationFacts;

/**
 * What the QR code on the statement page says.
 *
 * <p>The payload names the register line exactly: {@code BS2|<agency code>|<book>|<number>|<scan digest>}, the book
 * as printed ({@code 01/2026-SCT/BS}: book number, year and register type, so the code stays small enough to scan),
 * where the scan digest is {@link vn.bansao.core.manifest.Manifest#scanDigestOf} (SHA-256, base64url, no padding):
 * two copies with the same number in two books, or a copy whose scans were swapped, never match the same line.
 * With a portal address the code is a link a phone camera opens: {@code <portalUrl>?payload=<payload, URL-encoded>};
 * without one, the payload alone (read by the portal's scanner or {@code bansao verify}).
 */
public final class QrPayload {

    /** Version tag of the payload. {@code BS1} (agency|number|year|digest, no book) is still read by the portal. */
    public static final String VERSION = "BS2";

    private QrPayload() {
    }

    /** The payload itself. */
    public static String payload(CertificationFacts facts, String scanDigest) {
        return VERSION + '|' + facts.agencyCode() + '|' + facts.book() + '|' + facts.number() + '|' + scanDigest;
    }

    /** The text the QR code encodes: a link to the portal carrying the payload, or the payload alone. */
    public static String of(CertificationFacts facts, String scanDigest, String portalUrl) {
        String payload = payload(facts, scanDigest);
        if (portalUrl == null || portalUrl.isBlank()) {
            return payload;
        }
        String base = portalUrl.strip();
        return base + (base.contains("?") ? "&" : "?") + "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }
}
