package vn.bansao.register.internal.log;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;
import vn.bansao.transparency.merkle.MerkleTree;

/**
 * A store that writes every appended row as the register did before issue 15: a v1 leaf (personal data in clear,
 * no salt), hashed and added to the tree as such. For tests only: it makes real legacy registers (numbered,
 * voided, corrected and checkpointed by today's code) to upgrade and extend with v2 rows. The register itself has
 * no way to write a v1 row.
 *
 * <pre>{@code
 * CertificationRegister legacy = CertificationRegister.open(config, V1LeafStore.wrap(JdbcRegisterStore.open(...)));
 * }</pre>
 */
public final class V1LeafStore implements RegisterStore {

    private final RegisterStore delegate;

    private V1LeafStore(RegisterStore delegate) {
        this.delegate = delegate;
    }

    public static RegisterStore wrap(RegisterStore delegate) {
        return new V1LeafStore(delegate);
    }

    @Override
    public <T> T inAppendTransaction(AppendWork<T> work) {
        return delegate.inAppendTransaction(tx -> work.run(new AppendTransaction() {
            @Override
            public long treeSize() {
                return tx.treeSize();
            }

            @Override
            public List<byte[]> frontier() {
                return tx.frontier();
            }

            @Override
            public long maxSequence(String agencyCode, String registerType, int year) {
                return tx.maxSequence(agencyCode, registerType, year);
            }

            @Override
            public List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence) {
                return tx.rowsForNumber(agencyCode, registerType, year, sequence);
            }

            @Override
            public boolean yearClosed(String agencyCode, String registerType, int year) {
                return tx.yearClosed(agencyCode, registerType, year);
            }

            @Override
            public void append(LogRow row, Map<MerkleTree.Node, byte[]> completedNodes, List<byte[]> newFrontier) {
                // the v2 hashes computed for this row are dropped: rehashed as v1 from the same tree
                LogAppender.appendAsIs(tx, row.withLeaf(CanonicalLeaf.V1, ""));
            }
        }));
    }

    @Override
    public String origin() {
        return delegate.origin();
    }

    @Override
    public TreeHead head() {
        return delegate.head();
    }

    @Override
    public void forEachRow(Consumer<LogRow> consumer) {
        delegate.forEachRow(consumer);
    }

    @Override
    public List<LogRow> rows(long from, long to) {
        return delegate.rows(from, to);
    }

    @Override
    public List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence) {
        return delegate.rowsForNumber(agencyCode, registerType, year, sequence);
    }

    @Override
    public List<LogRow> rowsForYear(int year, String agencyCode, String registerType) {
        return delegate.rowsForYear(year, agencyCode, registerType);
    }

    @Override
    public List<LogRow> allRows(int year) {
        return delegate.allRows(year);
    }

    @Override
    public Map<MerkleTree.Node, byte[]> nodes(Set<MerkleTree.Node> wanted) {
        return delegate.nodes(wanted);
    }

    @Override
    public List<String> verifierKeys() {
        return delegate.verifierKeys();
    }

    @Override
    public void addVerifierKey(String verifierKey) {
        delegate.addVerifierKey(verifierKey);
    }

    @Override
    public void saveCheckpoint(long treeSize, String rootHex, String signedNote) {
        delegate.saveCheckpoint(treeSize, rootHex, signedNote);
    }

    @Override
    public List<StoredCheckpoint> checkpoints() {
        return delegate.checkpoints();
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint(long minSize) {
        return delegate.latestCheckpoint(minSize);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
