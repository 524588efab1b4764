package vn.bansao.register.internal.log;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;
import vn.bansao.transparency.merkle.CompactRange;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.Rfc6962;

/**
 * Turns a row into a leaf: hashes it, extends the tree and hands row, nodes and frontier to the store.
 *
 * <pre>{@code
 * LogRow stored = store.inAppendTransaction(tx -> LogAppender.append(tx, rowAt(tx.treeSize())));
 * }</pre>
 */
public final class LogAppender {

    private static final HexFormat HEX = HexFormat.of();

    private LogAppender() {
    }

    /** Appends {@code row} (its leaf index must be the tree size) and returns it with its hashes. */
    public static LogRow append(RegisterStore.AppendTransaction tx, LogRow row) {
        byte[] leafHash = Rfc6962.leafHash(CanonicalLeaf.encode(row));
        CompactRange range = CompactRange.fromFrontier(tx.treeSize(), tx.frontier());
        Map<MerkleTree.Node, byte[]> completed = new LinkedHashMap<>();
        range.append(leafHash, completed::put);
        LogRow hashed = row.withHashes(HEX.formatHex(leafHash), HEX.formatHex(range.root()));
        tx.append(hashed, completed, range.frontier());
        return hashed;
    }
}
