package vn.bansao.core.internal.page;

import vn.bansao.core.facts.CertificationFacts;

/**
 * The compact QR payload: {@code BS1|<agency code>|<number>|<year>|<scan digest>[|<portal URL>]}, where the
 * scan digest is {@link vn.bansao.core.manifest.Manifest#scanDigestOf} (SHA-256, base64url, no padding).
 */
public final class QrPayload {

    private QrPayload() {
    }

    public static String of(CertificationFacts facts, String scanDigest, String portalUrl) {
        StringBuilder sb = new StringBuilder("BS1|").append(facts.bodyCode()).append('|').append(facts.number())
                .append('|').append(facts.year()).append('|').append(scanDigest);
        if (portalUrl != null && !portalUrl.isEmpty()) {
            sb.append('|').append(portalUrl);
        }
        return sb.toString();
    }
}
