package vn.bansao.signing;

import java.util.Locale;
import vn.bansao.common.LocalizedText;

/**
 * Digest algorithm of the signature. SHA-1 is deliberately absent: {@link #parse(String)} refuses it
 * with {@link SigningException.Cause#WEAK_ALGORITHM}.
 *
 * <pre>{@code
 * PadesSigner.builder().hash(HashAlgorithm.SHA384)...
 * }</pre>
 */
public enum HashAlgorithm {
    SHA256("SHA-256", "2.16.840.1.101.3.4.2.1", 32),
    SHA384("SHA-384", "2.16.840.1.101.3.4.2.2", 48),
    SHA512("SHA-512", "2.16.840.1.101.3.4.2.3", 64);

    private final String jcaName;
    private final String oid;
    private final int length;

    HashAlgorithm(String jcaName, String oid, int length) {
        this.jcaName = jcaName;
        this.oid = oid;
        this.length = length;
    }

    /** JCA name, e.g. {@code SHA-256}. */
    public String jcaName() {
        return jcaName;
    }

    /** Object identifier. */
    public String oid() {
        return oid;
    }

    /** Digest length in bytes. */
    public int length() {
        return length;
    }

    /** Parses {@code SHA-256}, {@code sha384}...; refuses SHA-1 and MD5 with a typed error. */
    public static HashAlgorithm parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (HashAlgorithm h : values()) {
            if (h.name().equals(t)) {
                return h;
            }
        }
        if (t.equals("SHA1") || t.equals("MD5")) {
            throw new SigningException(SigningException.Cause.WEAK_ALGORITHM,
                    LocalizedText.of(SigningText.HASH_ALGORITHM_FORBIDDEN, text), null);
        }
        throw new IllegalArgumentException("unknown hash algorithm: " + text);
    }
}
