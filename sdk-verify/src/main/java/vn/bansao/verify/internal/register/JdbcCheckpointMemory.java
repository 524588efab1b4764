package vn.bansao.verify.internal.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.verify.CheckpointMemory;

/**
 * {@link CheckpointMemory} in table {@code bansao_verifier_checkpoint} (H2, PostgreSQL): one row per origin. It only
 * advances because the update is conditional ({@code WHERE tree_size < ?}), so concurrent servers need no lock; a
 * first insert racing another is retried as an update.
 *
 * <pre>{@code
 * CheckpointMemory m = JdbcCheckpointMemory.open(dataSource);
 * }</pre>
 */
public final class JdbcCheckpointMemory implements CheckpointMemory {

    private static final String TABLE = "bansao_verifier_checkpoint";

    private final DataSource dataSource;

    private JdbcCheckpointMemory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static JdbcCheckpointMemory open(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (origin VARCHAR(1000) NOT NULL PRIMARY KEY,"
                    + " tree_size BIGINT NOT NULL, root_hash VARCHAR(64) NOT NULL, body VARCHAR(4000) NOT NULL,"
                    + " updated_at TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create table " + TABLE + ": " + e.getMessage(), e);
        }
        return new JdbcCheckpointMemory(dataSource);
    }

    @Override
    public Optional<Checkpoint> latest(String origin) {
        try (Connection c = dataSource.getConnection()) {
            return select(c, origin);
        } catch (SQLException e) {
            throw new IllegalStateException("checkpoint memory: " + e.getMessage(), e);
        }
    }

    private static Optional<Checkpoint> select(Connection c, String origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM " + TABLE + " WHERE origin = ?")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Checkpoint cp = Checkpoint.parse(rs.getString(1));
                if (!cp.origin().equals(origin)) {
                    throw new IllegalStateException("row of " + origin + " holds a checkpoint of another origin");
                }
                return Optional.of(cp);
            }
        }
    }

    @Override
    public void advance(Checkpoint accepted) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (int attempt = 0; attempt < 3; attempt++) {
                if (update(c, accepted) == 1) {
                    return;
                }
                Optional<Checkpoint> remembered = select(c, accepted.origin());
                if (remembered.isPresent()) {
                    CheckpointOrder.larger(remembered.get(), accepted); // throws on a fork; else the remembered is larger
                    return;
                }
                try {
                    insert(c, accepted);
                    return;
                } catch (SQLException raced) {
                    if (raced.getSQLState() == null || !raced.getSQLState().startsWith("23")) {
                        throw raced;
                    }
                    // another server inserted first: compare again
                }
            }
            throw new IllegalStateException("checkpoint memory: could not advance " + accepted.origin());
        } catch (SQLException e) {
            throw new IllegalStateException("checkpoint memory: " + e.getMessage(), e);
        }
    }

    private static int update(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET tree_size = ?, root_hash = ?, body = ?,"
                + " updated_at = CURRENT_TIMESTAMP WHERE origin = ? AND tree_size < ?")) {
            ps.setLong(1, cp.size());
            ps.setString(2, Base64.getEncoder().encodeToString(cp.rootHash()));
            ps.setString(3, cp.body());
            ps.setString(4, cp.origin());
            ps.setLong(5, cp.size());
            return ps.executeUpdate();
        }
    }

    private static void insert(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (origin, tree_size, root_hash, body, updated_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, cp.origin());
            ps.setLong(2, cp.size());
            ps.setString(3, Base64.getEncoder().encodeToString(cp.rootHash()));
            ps.setString(4, cp.body());
            ps.executeUpdate();
        }
    }
}
