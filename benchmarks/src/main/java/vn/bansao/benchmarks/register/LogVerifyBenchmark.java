package vn.bansao.benchmarks.register;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.bansao.register.LogVerification;
import vn.bansao.register.internal.log.LogVerifier;
import vn.bansao.transparency.merkle.CompactRange;
import vn.bansao.transparency.merkle.Rfc6962;

/**
 * Verification of a 1,000,000-row log: the register's {@code verify} (re-encode every row, leaf
 * hash, tree, every per-row root, numbering checks) beside the floor, hashing the same leaves into a
 * root and nothing else.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class LogVerifyBenchmark {

    @Param({"1000000"})
    public int rows;

    private SyntheticLog log;

    @Setup(Level.Trial)
    public void build() {
        log = new SyntheticLog(rows);
    }

    @Benchmark
    public LogVerification verifyWholeLog() {
        LogVerification v = LogVerifier.verify(log, List.of());
        if (!v.intact()) {
            throw new IllegalStateException(v.findings().get(0).message());
        }
        return v;
    }

    /** The floor: leaf hashes of the stored hashes' rows only into one root (no re-encoding, no per-row roots). */
    @Benchmark
    public byte[] rootOfStoredLeafHashes() {
        CompactRange range = CompactRange.empty();
        log.forEachRow(r -> range.append(java.util.HexFormat.of().parseHex(r.leafHash()), (n, h) -> { }));
        return range.root();
    }

    /** Raw SHA-256 leaf hashing of the canonical bytes alone. */
    @Benchmark
    public int leafHashesOnly() {
        int[] x = {0};
        log.forEachRow(r -> x[0] += Rfc6962.leafHash(vn.bansao.register.internal.log.CanonicalLeaf.encode(r))[0]);
        return x[0];
    }
}
