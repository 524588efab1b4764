package vn.bansao.verify.internal.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** SHA-256 fingerprints and hashes in the upper-case hexadecimal form reports use.
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
        return sha256(data, 0, data.length);
    }

    public static String sha256(byte[] data, int off, int len) {
        MessageDigest md = newSha256();
        md.update(data, off, len);
        return HexFormat.of().withUpperCase().formatHex(md.digest());
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
