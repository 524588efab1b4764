package vn.bansao.register.internal.log;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;
import vn.bansao.transparency.merkle.CompactRange;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.Rfc6962;

/**
 * Turns a new row into a leaf: gives it a fresh random salt and the current leaf version (v2: no personal data in
 * the leaf), hashes it, extends the tree and hands row, nodes and frontier to the store. Every append of the
 * register goes through here, so no new row is ever written as a v1 leaf.
 *
 * <pre>{@code
 * LogRow stored = store.inAppendTransaction(tx -> LogAppender.append(tx, rowAt(tx.treeSize())));
 * }</pre>
 */
public final class LogAppender {

    private static final HexFormat HEX = HexFormat.of();
    /** The salts must be unguessable: they are all that keeps a v2 leaf's commitment from being opened by trial. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private LogAppender() {
    }

    /**
     * Appends {@code row} (its leaf index must be the tree size) as a v2 leaf with a new salt (any version or salt
     * it carries is replaced), and returns it as stored, with salt and hashes.
     */
    public static LogRow append(RegisterStore.AppendTransaction tx, LogRow row) {
        byte[] salt = new byte[CanonicalLeaf.SALT_BYTES];
        RANDOM.nextBytes(salt);
        LogRow sealed = row.withLeaf(CanonicalLeaf.CURRENT, HEX.formatHex(salt));
        return appendAsIs(tx, sealed);
    }

    /** Appends {@code row} in the leaf version and with the salt it carries. */
    static LogRow appendAsIs(RegisterStore.AppendTransaction tx, LogRow row) {
        byte[] leafHash = Rfc6962.leafHash(CanonicalLeaf.encode(row));
        CompactRange range = CompactRange.fromFrontier(tx.treeSize(), tx.frontier());
        Map<MerkleTree.Node, byte[]> completed = new LinkedHashMap<>();
        range.append(leafHash, completed::put);
        LogRow hashed = row.withHashes(HEX.formatHex(leafHash), HEX.formatHex(range.root()));
        tx.append(hashed, completed, range.frontier());
        return hashed;
    }
}
