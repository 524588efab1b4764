package vn.bansao.verify.internal.trust;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import vn.bansao.common.Sha256;

/** SHA-256 fingerprints and hashes in the upper-case hexadecimal form reports use (on {@link Sha256}).
 *
 * <pre>{@code
 * String fp = Fingerprints.sha256(certificate); // upper-case hex
 * }</pre>
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String sha256(X509Certificate c) {
        try {
            return sha256(c.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    public static String sha256(byte[] data) {
        return Sha256.upperHex(data);
    }

    public static String sha256(byte[] data, int off, int len) {
        MessageDigest md = Sha256.newDigest();
        md.update(data, off, len);
        return Sha256.toUpperHex(md.digest());
    }

    public static MessageDigest newSha256() {
        return Sha256.newDigest();
    }
}
