package vn.bansao.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and its hex form, the one copy for the SDK. Lower-case hex is what manifests, register entries and the
 * transparency log store; upper-case hex is how certificate fingerprints are shown.
 *
 * <pre>{@code
 * String id = Sha256.hex(bytes);                  // "9f86d0…" (64 lower-case hex digits)
 * String fp = Sha256.upperHex(cert.getEncoded()); // "9F86D0…"
 * MessageDigest md = Sha256.newDigest();          // for streaming
 * }</pre>
 */
public final class Sha256 {

    private static final HexFormat LOWER = HexFormat.of();
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private Sha256() {
    }

    /** A fresh SHA-256 digest (every Java platform has one). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** SHA-256 of {@code data}. */
    public static byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    /** SHA-256 of everything {@code in} still holds (read to its end, not closed). */
    public static byte[] digest(InputStream in) throws IOException {
        MessageDigest md = newDigest();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
        }
        return md.digest();
    }

    /** SHA-256 of a file's bytes. */
    public static byte[] digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in);
        }
    }

    /** Lower-case hex SHA-256 of {@code data}. */
    public static String hex(byte[] data) {
        return LOWER.formatHex(digest(data));
    }

    /** Upper-case hex SHA-256 of {@code data} (certificate fingerprints). */
    public static String upperHex(byte[] data) {
        return UPPER.formatHex(digest(data));
    }

    /** Lower-case hex of bytes already digested ({@code toHex(md.digest())}). */
    public static String toHex(byte[] digest) {
        return LOWER.formatHex(digest);
    }

    /** Upper-case hex of bytes already digested. */
    public static String toUpperHex(byte[] digest) {
        return UPPER.formatHex(digest);
    }
}
