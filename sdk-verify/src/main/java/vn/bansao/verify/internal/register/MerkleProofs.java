package vn.bansao.verify.internal.register;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import vn.bansao.verify.internal.trust.Fingerprints;

/** RFC 6962 / RFC 9162 (section 2.1.3.2) inclusion proof verification.
 *
 * <pre>{@code
 * boolean ok = MerkleProofs.verifyInclusion(MerkleProofs.leafHash(leaf), 3, 5, auditPath, root);
 * }</pre>
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest md = Fingerprints.newSha256();
        md.update((byte) 0x00);
        return md.digest(leaf);
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest md = Fingerprints.newSha256();
        md.update((byte) 0x01);
        md.update(left);
        return md.digest(right);
    }

    /** True when {@code path} proves the leaf hash at {@code index} in a tree of {@code size} with {@code root}. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || size <= 0 || index >= size || leafHash.length != 32 || root.length != 32) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0 || p.length != 32) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }
}
