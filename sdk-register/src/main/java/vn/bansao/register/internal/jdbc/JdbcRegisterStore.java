package vn.bansao.register.internal.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.register.PoolSettings;
import vn.bansao.register.RecordKind;
import vn.bansao.register.RegisterException;
import vn.bansao.register.RegisterUnavailableException;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;

/**
 * {@link RegisterStore} over JDBC, for an embedded H2 file and for PostgreSQL, with one schema.
 *
 * <p>Appends serialise on the single {@code bansao_log_head} row ({@code SELECT … FOR UPDATE}): a row lock
 * works the same across threads, across processes sharing an H2 file (AUTO_SERVER mode) and across
 * application servers sharing a PostgreSQL database. Under that lock the next leaf index is the tree
 * size and the next sequence is {@code MAX(alloc_seq) + 1} of the series: both gapless by
 * construction; the unique constraints are only a safety net.
 *
 * <pre>{@code
 * RegisterStore store = JdbcRegisterStore.open(JdbcRegisterStore.h2Url(Path.of("register")), "sa", "", "bansao.vn/register");
 * }</pre>
 */
public final class JdbcRegisterStore implements RegisterStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRegisterStore.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_ATTEMPTS = 50;

    static {
        // H2's AUTO_SERVER serves the file to the other processes over TCP and, by default, on every interface
        // (it passes -tcpAllowOthers): bind it to loopback. Read once by H2 when its classes load, so set
        // before any connection; an administrator may still choose another address with -Dh2.bindAddress.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static final String COLUMNS = "leaf_index, kind, agency_code, register_type, cert_year, book, seq, ref_leaf,"
            + " cert_date, requester_name, requester_id, doc_title, doc_issuer, doc_number, doc_date, pages, copies,"
            + " certifier_name, certifier_title, fee, copy_kind, unsigned_sha256, signed_sha256, notes, attestation,"
            + " recorded_at, leaf_hash, tree_root, scan_digest, leaf_version, leaf_salt";

    private final RegisterConnections connections;
    private final Dialect dialect;
    private final String where;
    private final String origin;
    /** H2: one connection held open keeps the database open between operations (and held the open lock). */
    private final Connection keeper;

    private JdbcRegisterStore(RegisterConnections connections, Dialect dialect, String where, String defaultOrigin) {
        this.connections = connections;
        this.dialect = dialect;
        this.where = where;
        Connection c = null;
        String o;
        for (int attempt = 1; ; attempt++) {
            try {
                c = connections.dedicated();
                String version = SchemaMigration.migrate(connections.dataSource(), c, dialect);
                LOG.debug("register schema at version {} ({})", version, where);
                o = ensureOrigin(c, defaultOrigin);
                break;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                c = null;
                Optional<SQLException> sql = SqlErrors.sqlCause(e);
                // processes opening a new file together race on its creation: try again (bounded)
                if (attempt < 20 && sql.isPresent() && (SqlErrors.isRetryable(sql.get())
                        || dialect == Dialect.H2 && SqlErrors.isH2OpenContention(sql.get()))) {
                    LOG.debug("open attempt {} retried: {}", attempt, e.getMessage());
                    sleepBackoff(attempt);
                    continue;
                }
                connections.close();
                throw openFailure(e, sql);
            }
        }
        this.origin = o;
        this.keeper = dialect == Dialect.H2 ? c : null;
        if (keeper == null) {
            closeQuietly(c);
        }
    }

    private RuntimeException openFailure(Exception e, Optional<SQLException> sql) {
        if (e instanceof RegisterException r) {
            return r;
        }
        if (e instanceof org.flywaydb.core.api.FlywayException f && (sql.isEmpty() || !SqlErrors.isUnavailable(sql.get()))) {
            return new RegisterException("Không nâng cấp được lược đồ sổ chứng thực; chưa ghi gì vào sổ",
                    "the register's schema migration failed; nothing was written to the register: " + f.getMessage(), f);
        }
        if (sql.isPresent()) {
            return translate(where, "open", sql.get());
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a connection that failed: nothing more to do
            }
        }
    }

    /** Opens (creating and migrating if needed) the register at a JDBC URL, with the default pool. */
    public static JdbcRegisterStore open(String jdbcUrl, String user, String password, String defaultOrigin) {
        return open(jdbcUrl, user, password, PoolSettings.defaults(), defaultOrigin);
    }

    /** Opens (creating and migrating if needed) the register at a JDBC URL through a pool it owns. */
    public static JdbcRegisterStore open(String jdbcUrl, String user, String password, PoolSettings pool,
                                         String defaultOrigin) {
        Dialect dialect = Dialect.of(jdbcUrl);
        String where = redact(jdbcUrl);
        RegisterConnections connections;
        try {
            connections = RegisterConnections.pool(jdbcUrl, user, password, pool);
        } catch (SQLException e) {
            throw translate(where, "open", e);
        }
        return new JdbcRegisterStore(connections, dialect, where, defaultOrigin);
    }

    /** Opens the register through a caller's data source (its URL tells the dialect); the source stays open. */
    public static JdbcRegisterStore open(DataSource dataSource, String defaultOrigin) {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new RegisterUnavailableException("DataSource", e);
        }
        return new JdbcRegisterStore(RegisterConnections.of(dataSource), Dialect.of(url), redact(url), defaultOrigin);
    }

    /** The pool this store created, if it did (tests check its bounds and that it closes). */
    com.zaxxer.hikari.HikariDataSource ownedPool() {
        return connections.ownedPool();
    }

    /** The JDBC URL for an H2 file path ({@code register} or {@code register.mv.db}). */
    public static String h2Url(java.nio.file.Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        // AUTO_SERVER: the first process serves the file to the others over loopback TCP, so several
        // processes (CLI, portal, batch jobs) can use one register file at once.
        // WRITE_DELAY=0: a commit reaches the file before certify returns, so a killed process loses
        // nothing it reported (H2 otherwise writes committed changes up to 500 ms later).
        return "jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000;WRITE_DELAY=0";
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private String ensureOrigin(Connection c, String defaultOrigin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bansao_register_meta (name, val) SELECT 'origin', ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM bansao_register_meta WHERE name = 'origin')")) {
            ps.setString(1, defaultOrigin);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!SqlErrors.isRetryable(e)) { // another process inserted it first
                throw e;
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT val FROM bansao_register_meta WHERE name = 'origin'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public String origin() {
        return origin;
    }

    // ---------------------------------------------------------------- appends

    @Override
    public <T> T inAppendTransaction(AppendWork<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Connection c = null;
            boolean broken = false;
            try {
                c = connections.borrow();
                // READ COMMITTED, the default of both databases (setting it costs a round trip on
                // PostgreSQL): the head row lock serialises appends, and each statement after it sees
                // everything committed before the lock was granted
                c.setAutoCommit(false);
                JdbcAppendTransaction tx = new JdbcAppendTransaction(c);
                tx.lockHead();
                T result = work.run(tx);
                c.commit();
                c.setAutoCommit(true);
                return result;
            } catch (SQLException | WrappedSql failure) {
                SQLException e = failure instanceof WrappedSql w ? (SQLException) w.getCause() : (SQLException) failure;
                // a lock timeout or a lost race leaves a healthy connection; anything else may not
                broken = !rollback(c) || SqlErrors.isUnavailable(e) || !SqlErrors.isRetryable(e);
                if (SqlErrors.isUnavailable(e)) {
                    throw new RegisterUnavailableException(where, e);
                }
                if (!SqlErrors.isRetryable(e)) {
                    throw new RegisterException("Lỗi cơ sở dữ liệu sổ chứng thực; chưa ghi gì",
                            "register database error; nothing was written: " + e.getMessage(), e);
                }
                last = e;
                LOG.debug("append attempt {} retried: {}", attempt, e.getMessage());
                sleepBackoff(attempt);
            } catch (RuntimeException e) {
                broken = !rollback(c); // refused by the work (closed year, void number...): nothing written
                throw e;
            } finally {
                connections.release(c, broken);
            }
        }
        throw new RegisterException("Sổ chứng thực đang bận, hãy thử lại", "the register is busy, try again", last);
    }

    /** Rolls back and restores auto-commit; false when the connection could not (it is then discarded). */
    private static boolean rollback(Connection c) {
        if (c == null) {
            return true;
        }
        try {
            c.rollback();
            c.setAutoCommit(true);
            return true;
        } catch (SQLException ignored) {
            return false;
        }
    }

    private static void sleepBackoff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegisterException("Bị ngắt", "interrupted");
        }
    }

    /** Reads and writes made under the head row lock. */
    private final class JdbcAppendTransaction implements AppendTransaction {
        private final Connection c;
        private long size;
        private List<byte[]> frontier;

        JdbcAppendTransaction(Connection c) {
            this.c = c;
        }

        void lockHead() throws SQLException {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tree_size, frontier FROM bansao_log_head WHERE id = 1 FOR UPDATE")) {
                if (!rs.next()) {
                    throw new RegisterException("Thiếu dòng đầu sổ (bansao_log_head)", "bansao_log_head row missing");
                }
                size = rs.getLong(1);
                frontier = decodeFrontier(rs.getString(2));
            }
        }

        @Override
        public long treeSize() {
            return size;
        }

        @Override
        public List<byte[]> frontier() {
            return frontier;
        }

        @Override
        public long maxSequence(String agencyCode, String registerType, int year) {
            return sql(() -> {
                // the series row is a counter kept under the same lock: O(1) instead of scanning the series
                try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM bansao_series"
                        + " WHERE agency_code = ? AND register_type = ? AND cert_year = ?")) {
                    ps.setString(1, agencyCode);
                    ps.setString(2, registerType);
                    ps.setInt(3, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return rs.getLong(1);
                        }
                    }
                }
                // no counter yet (new series, or a register migrated from schema 1): derive it from the log
                try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(alloc_seq), 0) FROM bansao_entries"
                        + " WHERE agency_code = ? AND register_type = ? AND cert_year = ?")) {
                    ps.setString(1, agencyCode);
                    ps.setString(2, registerType);
                    ps.setInt(3, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        }

        @Override
        public boolean yearClosed(String agencyCode, String registerType, int year) {
            return sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM bansao_entries WHERE agency_code = ?"
                        + " AND register_type = ? AND cert_year = ? AND seq = 0 AND kind = ?")) {
                    ps.setString(1, agencyCode);
                    ps.setString(2, registerType);
                    ps.setInt(3, year);
                    ps.setString(4, RecordKind.YEAR_CLOSING.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                }
            });
        }

        @Override
        public List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence) {
            return sql(() -> queryRows(c, "WHERE agency_code = ? AND register_type = ? AND cert_year = ? AND seq = ?",
                    agencyCode, registerType, year, sequence));
        }

        @Override
        public void append(LogRow row, Map<MerkleTree.Node, byte[]> completedNodes, List<byte[]> newFrontier) {
            if (row.leafIndex() != size) {
                throw new IllegalStateException("append at " + row.leafIndex() + " but the log has " + size);
            }
            sql(() -> {
                insertRow(c, row);
                if (row.allocatesNumber()) {
                    bumpSeries(c, row);
                }
                if (!completedNodes.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO bansao_tree_nodes (lvl, idx, hash) VALUES (?, ?, ?)")) {
                        for (Map.Entry<MerkleTree.Node, byte[]> n : completedNodes.entrySet()) {
                            ps.setInt(1, n.getKey().level());
                            ps.setLong(2, n.getKey().index());
                            ps.setString(3, HEX.formatHex(n.getValue()));
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE bansao_log_head SET tree_size = ?, root_hash = ?, frontier = ? WHERE id = 1")) {
                    ps.setLong(1, size + 1);
                    ps.setString(2, row.treeRoot());
                    ps.setString(3, encodeFrontier(newFrontier));
                    ps.executeUpdate();
                }
                return null;
            });
            size++;
            frontier = newFrontier;
        }
    }

    private static void bumpSeries(Connection c, LogRow r) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE bansao_series SET last_seq = ?"
                + " WHERE agency_code = ? AND register_type = ? AND cert_year = ?")) {
            up.setLong(1, r.sequence());
            up.setString(2, r.agencyCode());
            up.setString(3, r.registerType());
            up.setInt(4, r.year());
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO bansao_series (agency_code, register_type, cert_year,"
                + " last_seq) VALUES (?, ?, ?, ?)")) {
            in.setString(1, r.agencyCode());
            in.setString(2, r.registerType());
            in.setInt(3, r.year());
            in.setLong(4, r.sequence());
            in.executeUpdate();
        }
    }

    private static void insertRow(Connection c, LogRow r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bansao_entries (" + COLUMNS + ", alloc_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setLong(i++, r.leafIndex());
            ps.setString(i++, r.kind().name());
            ps.setString(i++, r.agencyCode());
            ps.setString(i++, r.registerType());
            ps.setInt(i++, r.year());
            ps.setInt(i++, r.book());
            ps.setLong(i++, r.sequence());
            ps.setLong(i++, r.refLeaf());
            ps.setDate(i++, r.date() == null ? null : Date.valueOf(r.date()));
            ps.setString(i++, r.requesterName());
            ps.setString(i++, r.requesterId());
            ps.setString(i++, r.documentTitle());
            ps.setString(i++, r.documentIssuer());
            ps.setString(i++, r.documentNumber());
            ps.setString(i++, r.documentDate());
            ps.setInt(i++, r.pages());
            ps.setInt(i++, r.copies());
            ps.setString(i++, r.certifierName());
            ps.setString(i++, r.certifierTitle());
            ps.setLong(i++, r.fee());
            ps.setString(i++, r.copyKind());
            ps.setString(i++, r.unsignedPackageSha256());
            ps.setString(i++, r.signedCopySha256());
            ps.setString(i++, r.notes());
            ps.setString(i++, r.attestation());
            ps.setString(i++, r.recordedAt());
            ps.setString(i++, r.leafHash());
            ps.setString(i++, r.treeRoot());
            ps.setString(i++, r.scanDigest());
            ps.setInt(i++, r.leafVersion());
            ps.setString(i++, r.leafSalt());
            if (r.allocatesNumber()) {
                ps.setLong(i, r.sequence());
            } else {
                ps.setNull(i, java.sql.Types.BIGINT);
            }
            ps.executeUpdate();
        }
    }

    private static LogRow readRow(ResultSet rs) throws SQLException {
        Date d = rs.getDate(9);
        return new LogRow(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getLong(8), d == null ? null : d.toLocalDate(),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getInt(16), rs.getInt(17), rs.getString(18), rs.getString(19), rs.getLong(20),
                rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(29), rs.getString(24),
                rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28), rs.getInt(30),
                rs.getString(31));
    }

    private static List<LogRow> queryRows(Connection c, String whereClause, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM bansao_entries " + whereClause
                + " ORDER BY leaf_index")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<LogRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readRow(rs));
                }
            }
            return out;
        }
    }

    static String encodeFrontier(List<byte[]> hashes) {
        StringBuilder sb = new StringBuilder();
        for (byte[] h : hashes) {
            sb.append(HEX.formatHex(h));
        }
        return sb.toString();
    }

    static List<byte[]> decodeFrontier(String s) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i + 64 <= s.length(); i += 64) {
            out.add(HEX.parseHex(s, i, i + 64));
        }
        return out;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public TreeHead head() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tree_size, root_hash FROM bansao_log_head WHERE id = 1")) {
                rs.next();
                return new TreeHead(rs.getLong(1), rs.getString(2));
            }
        });
    }

    @Override
    public void forEachRow(Consumer<LogRow> consumer) {
        read(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM bansao_entries ORDER BY leaf_index")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(readRow(rs));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    @Override
    public List<LogRow> rows(long from, long to) {
        return read(c -> queryRows(c, "WHERE leaf_index >= ? AND leaf_index < ?", from, to));
    }

    @Override
    public List<LogRow> rowsForNumber(String agencyCode, String registerType, int year, long sequence) {
        return read(c -> queryRows(c, "WHERE agency_code = ? AND register_type = ? AND cert_year = ? AND seq = ?",
                agencyCode, registerType, year, sequence));
    }

    @Override
    public List<LogRow> rowsForYear(int year, String agencyCode, String registerType) {
        StringBuilder w = new StringBuilder("WHERE cert_year = ?");
        List<Object> params = new ArrayList<>(List.of(year));
        if (!agencyCode.isEmpty()) {
            w.append(" AND agency_code = ?");
            params.add(agencyCode);
        }
        if (!registerType.isEmpty()) {
            w.append(" AND register_type = ?");
            params.add(registerType);
        }
        return read(c -> queryRows(c, w.toString(), params.toArray()));
    }

    @Override
    public List<LogRow> allRows(int year) {
        return year == 0 ? read(c -> queryRows(c, ""))
                : read(c -> queryRows(c, "WHERE cert_year >= ?", year));
    }

    @Override
    public Map<MerkleTree.Node, byte[]> nodes(Set<MerkleTree.Node> wanted) {
        Map<MerkleTree.Node, byte[]> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        List<MerkleTree.Node> leaves = wanted.stream().filter(n -> n.level() == 0).toList();
        List<MerkleTree.Node> inner = wanted.stream().filter(n -> n.level() > 0).toList();
        if (dialect == Dialect.H2) {
            return read(c -> nodesOneByOne(c, wanted, out)); // embedded: primary-key lookups cost no round trip
        }
        // over the network: one round trip each for leaves and inner nodes (proofs need ~log2(n) of them)
        return read(c -> {
            if (!leaves.isEmpty()) {
                String in = String.join(",", java.util.Collections.nCopies(leaves.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT leaf_index, leaf_hash FROM bansao_entries WHERE leaf_index IN (" + in + ")")) {
                    for (int i = 0; i < leaves.size(); i++) {
                        ps.setLong(i + 1, leaves.get(i).index());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(new MerkleTree.Node(0, rs.getLong(1)), HEX.parseHex(rs.getString(2)));
                        }
                    }
                }
            }
            if (!inner.isEmpty()) {
                String or = String.join(" OR ", java.util.Collections.nCopies(inner.size(), "(lvl = ? AND idx = ?)"));
                try (PreparedStatement ps = c.prepareStatement("SELECT lvl, idx, hash FROM bansao_tree_nodes WHERE " + or)) {
                    for (int i = 0; i < inner.size(); i++) {
                        ps.setInt(2 * i + 1, inner.get(i).level());
                        ps.setLong(2 * i + 2, inner.get(i).index());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(new MerkleTree.Node(rs.getInt(1), rs.getLong(2)), HEX.parseHex(rs.getString(3)));
                        }
                    }
                }
            }
            return out;
        });
    }

    private static Map<MerkleTree.Node, byte[]> nodesOneByOne(Connection c, Set<MerkleTree.Node> wanted,
                                                              Map<MerkleTree.Node, byte[]> out) throws SQLException {
        try (PreparedStatement leaves = c.prepareStatement("SELECT leaf_hash FROM bansao_entries WHERE leaf_index = ?");
             PreparedStatement inner = c.prepareStatement("SELECT hash FROM bansao_tree_nodes WHERE lvl = ? AND idx = ?")) {
            for (MerkleTree.Node n : wanted) {
                PreparedStatement ps = n.level() == 0 ? leaves : inner;
                if (n.level() == 0) {
                    ps.setLong(1, n.index());
                } else {
                    ps.setInt(1, n.level());
                    ps.setLong(2, n.index());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(n, HEX.parseHex(rs.getString(1)));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public List<String> verifierKeys() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT val FROM bansao_register_meta WHERE name LIKE 'vkey:%' ORDER BY name")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public void addVerifierKey(String verifierKey) {
        String name = "vkey:" + verifierKey.substring(0, verifierKey.lastIndexOf('+'));
        String key = name.length() > 100 ? name.substring(0, 100) : name;
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bansao_register_meta (name, val) SELECT ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM bansao_register_meta WHERE name = ?)")) {
                ps.setString(1, key);
                ps.setString(2, verifierKey);
                ps.setString(3, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void saveCheckpoint(long treeSize, String rootHex, String signedNote) {
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO bansao_checkpoints (tree_size, root_hash, note, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, treeSize);
                ps.setString(2, rootHex);
                ps.setString(3, signedNote);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<StoredCheckpoint> checkpoints() {
        return read(c -> queryCheckpoints(c, "", -1));
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint(long minSize) {
        List<StoredCheckpoint> list = read(c -> queryCheckpoints(c, "WHERE tree_size >= ?", minSize));
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    private static List<StoredCheckpoint> queryCheckpoints(Connection c, String where, long param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, tree_size, root_hash, note, created_at FROM bansao_checkpoints "
                + where + " ORDER BY tree_size, id")) {
            if (!where.isEmpty()) {
                ps.setLong(1, param);
            }
            List<StoredCheckpoint> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredCheckpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return out;
        }
    }

    /** Closes the pool if this store created it (a caller's data source stays open), and the H2 keeper. */
    @Override
    public void close() {
        connections.close();
        closeQuietly(keeper);
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Inside an append: SQL failures travel out to {@link #inAppendTransaction}'s retry loop. */
    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new WrappedSql(e);
        }
    }

    private <T> T read(ConnectionWork<T> work) {
        Connection c = null;
        boolean broken = false;
        try {
            c = connections.borrow();
            return work.run(c);
        } catch (SQLException e) {
            broken = true;
            throw translate(where, "read", e);
        } finally {
            connections.release(c, broken);
        }
    }

    private static RegisterException translate(String where, String op, SQLException e) {
        if (SqlErrors.isUnavailable(e)) {
            return new RegisterUnavailableException(where, e);
        }
        return new RegisterException("Lỗi cơ sở dữ liệu sổ chứng thực (" + op + ")",
                "register database error (" + op + "): " + e.getMessage(), e);
    }

    /** Carries an SQLException through {@link AppendWork}, which cannot throw checked exceptions. */
    static final class WrappedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedSql(SQLException e) {
            super(e);
        }
    }
}
