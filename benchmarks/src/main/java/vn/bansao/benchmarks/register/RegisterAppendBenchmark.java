package vn.bansao.benchmarks.register;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.Threads;
import vn.bansao.register.CertificationRegister;

/**
 * Appends per second: {@code certify} (number allocation + Merkle leaf + nodes + head, one
 * transaction under the log lock) with 1 and 8 writers, on H2 and PostgreSQL; beside it the plain
 * way, one autocommit JDBC INSERT of the same columns with no numbering lock and no hashing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class RegisterAppendBenchmark {

    @Param({"h2", "postgresql"})
    public String backend;

    private Backends backends;
    private CertificationRegister register;
    private final AtomicLong counter = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        backends = new Backends(backend);
        register = backends.open();
        try (Connection c = plain(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS plain_entries (id BIGINT PRIMARY KEY, requester_name VARCHAR(500),"
                    + " requester_id VARCHAR(100), doc_title VARCHAR(1000), doc_number VARCHAR(200), pages INT,"
                    + " copies INT, fee BIGINT)");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        register.close();
        backends.close();
    }

    private Connection plain() throws Exception {
        return DriverManager.getConnection(backends.config.jdbcUrl(), backends.config.user(), backends.config.password());
    }

    @Benchmark
    @Threads(1)
    public long certify1Writer() {
        return register.certify(Backends.draft(counter.incrementAndGet())).number().sequence();
    }

    @Benchmark
    @Threads(8)
    public long certify8Writers() {
        return register.certify(Backends.draft(counter.incrementAndGet())).number().sequence();
    }

    /** State per thread for the plain baseline: its own connection. */
    @State(Scope.Thread)
    public static class PlainConnection {
        Connection c;
        PreparedStatement insert;

        @Setup(Level.Trial)
        public void open(RegisterAppendBenchmark b) throws Exception {
            c = b.plain();
            insert = c.prepareStatement("INSERT INTO plain_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            c.close();
        }
    }

    @Benchmark
    @Threads(1)
    public int plainInsert1Writer(PlainConnection pc) throws Exception {
        return plainInsert(pc);
    }

    @Benchmark
    @Threads(8)
    public int plainInsert8Writers(PlainConnection pc) throws Exception {
        return plainInsert(pc);
    }

    private int plainInsert(PlainConnection pc) throws Exception {
        long id = counter.incrementAndGet();
        PreparedStatement ps = pc.insert;
        ps.setLong(1, id);
        ps.setString(2, "Nguyễn Văn An " + id);
        ps.setString(3, "CCCD:001200012345");
        ps.setString(4, "Bằng tốt nghiệp đại học");
        ps.setString(5, "QH-" + id);
        ps.setInt(6, 3);
        ps.setInt(7, 2);
        ps.setLong(8, 10_000);
        return ps.executeUpdate();
    }
}
