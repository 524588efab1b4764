package vn.bansao.benchmarks.register;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.bansao.register.RecordKind;
import vn.bansao.register.internal.log.CanonicalLeaf;
import vn.bansao.transparency.merkle.CompactRange;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.NodeSource;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;

/**
 * A register log of n rows held compactly in memory (32-byte leaf hash and root per row; the rows'
 * text is regenerated on read), behind the same {@link RegisterStore} interface the databases
 * implement, so {@code verify} runs its real code path without a million-row database.
 */
final class SyntheticLog implements RegisterStore {

    private static final HexFormat HEX = HexFormat.of();
    private final int size;
    private final byte[][] leafHashes;
    private final byte[][] roots;
    /** all complete-subtree hashes by level, for proofs. */
    private final byte[][][] levels;

    SyntheticLog(int size) {
        this.size = size;
        leafHashes = new byte[size][];
        roots = new byte[size][];
        CompactRange range = CompactRange.empty();
        int depth = 64 - Long.numberOfLeadingZeros(Math.max(1, size));
        levels = new byte[depth + 1][][];
        for (int l = 0; l <= depth; l++) {
            levels[l] = new byte[(size >> l) + 1][];
        }
        for (int i = 0; i < size; i++) {
            LogRow row = row(i, "", "");
            leafHashes[i] = Rfc6962.leafHash(CanonicalLeaf.encode(row));
            levels[0][i] = leafHashes[i];
            range.append(leafHashes[i], (node, hash) -> levels[node.level()][(int) node.index()] = hash);
            roots[i] = range.root();
        }
    }

    static LogRow row(long i, String leafHash, String root) {
        return new LogRow(i, RecordKind.CERTIFICATION, Backends.AGENCY, "SCT/BS", 2026, 1, i + 1, -1,
                LocalDate.of(2026, 1, 1).plusDays(i % 365), "Nguyễn Văn An " + i, "CCCD:001200012345",
                "Bằng tốt nghiệp đại học", "Trường Đại học Bách khoa Hà Nội", "QH-" + i, "30/06/2020", 3, 2,
                "Trần Thị Bình", "Phó Chủ tịch UBND phường", 10_000, "FROM_ORIGINAL", "", "", "", "",
                "2026-11-22T03:00:00Z", leafHash, root);
    }

    NodeSource nodes() {
        return (level, index) -> levels[level][(int) index];
    }

    @Override
    public String origin() {
        return "bansao.vn/register/bench";
    }

    @Override
    public TreeHead head() {
        return new TreeHead(size, HEX.formatHex(roots[size - 1]));
    }

    @Override
    public void forEachRow(Consumer<LogRow> consumer) {
        for (int i = 0; i < size; i++) {
            consumer.accept(row(i, HEX.formatHex(leafHashes[i]), HEX.formatHex(roots[i])));
        }
    }

    @Override
    public List<StoredCheckpoint> checkpoints() {
        return List.of();
    }

    @Override
    public List<String> verifierKeys() {
        return List.of();
    }

    @Override
    public <T> T inAppendTransaction(AppendWork<T> work) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public List<LogRow> rows(long from, long to) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<LogRow> rowsForYear(int year, String agencyCode, String registerType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<LogRow> allRows(int year) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<MerkleTree.Node, byte[]> nodes(Set<MerkleTree.Node> wanted) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addVerifierKey(String verifierKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void saveCheckpoint(long treeSize, String rootHex, String signedNote) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint(long minSize) {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}
