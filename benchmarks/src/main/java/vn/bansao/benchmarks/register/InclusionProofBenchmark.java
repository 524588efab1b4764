package vn.bansao.benchmarks.register;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.bansao.register.CertificationRegister;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.MerkleVerifier;

/**
 * Inclusion-proof latency: from the database (complete subtrees read from {@code tree_nodes}, the
 * row re-encoded) on H2 and PostgreSQL with a 5,000-row log; the pure computation over a
 * 1,000,000-leaf tree in memory; and the verification a relying party does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InclusionProofBenchmark {

    /** A register database filled through the real append path. */
    @State(Scope.Benchmark)
    public static class Db {
        @Param({"h2", "postgresql"})
        public String backend;
        @Param({"5000"})
        public int rows;
        Backends backends;
        CertificationRegister register;

        @Setup(Level.Trial)
        public void fill() throws Exception {
            backends = new Backends(backend);
            register = backends.open();
            for (int i = 0; i < rows; i++) {
                register.certify(Backends.draft(i));
            }
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            register.close();
            backends.close();
        }
    }

    /** A million-leaf tree in memory. */
    @State(Scope.Benchmark)
    public static class Memory {
        SyntheticLog log;
        InclusionProof sample;
        List<byte[]> path;
        byte[] leaf;
        byte[] root;
        final int size = 1_000_000;

        @Setup(Level.Trial)
        public void build() {
            log = new SyntheticLog(size);
            long i = 123_457;
            path = MerkleTree.inclusionPath(i, size, log.nodes());
            root = MerkleTree.rootHash(size, log.nodes());
            leaf = log.nodes().hash(0, i);
        }
    }

    @Benchmark
    public InclusionProof proofFromDatabase(Db db) {
        long leaf = ThreadLocalRandom.current().nextLong(db.rows);
        return db.register.inclusionProof(leaf, db.rows);
    }

    @Benchmark
    public List<byte[]> proofInMemory1M(Memory m) {
        return MerkleTree.inclusionPath(ThreadLocalRandom.current().nextLong(m.size), m.size, m.log.nodes());
    }

    @Benchmark
    public byte[] verifyProof1M(Memory m) throws Exception {
        MerkleVerifier.verifyInclusion(123_457, m.size, m.leaf, m.path, m.root);
        return m.root;
    }
}
