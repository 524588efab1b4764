package vn.bansao.transparency.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 6962 / RFC 9162 §2.1 hashing rules over SHA-256: a leaf is hashed as
 * {@code SHA-256(0x00 || leaf)} and an inner node as {@code SHA-256(0x01 || left || right)}, so a
 * leaf can never be passed off as a node (second-preimage protection).
 *
 * <pre>{@code
 * byte[] leaf = Rfc6962.leafHash(canonicalBytes);
 * byte[] parent = Rfc6962.nodeHash(leftHash, rightHash);
 * }</pre>
 */
public final class Rfc6962 {

    /** Size of every hash in the tree, in bytes. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    /** MessageDigest.getInstance costs more than hashing 65 bytes: one instance per thread. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Rfc6962::newSha256);

    private Rfc6962() {
    }

    /** The root of the empty tree: {@code SHA-256("")}. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** {@code SHA-256(0x00 || leaf)}. */
    public static byte[] leafHash(byte[] leaf) {
        MessageDigest md = sha256();
        md.update(LEAF_PREFIX);
        md.update(leaf);
        return md.digest();
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = sha256();
        md.update(NODE_PREFIX);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    static MessageDigest sha256() {
        MessageDigest md = SHA256.get();
        md.reset();
        return md;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
