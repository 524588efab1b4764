package vn.bansao.metrics.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.RowPolicy;
import vn.bansao.metrics.RowProblem;
import vn.bansao.metrics.definition.Field;

/** Dossier records from a JDBC query whose columns carry the canonical or portal names; streamed with a fetch size. */
public final class JdbcReader {

    private JdbcReader() {
    }

    public static long read(Connection connection, String query, RowPolicy policy, RecordRows rows, Accumulator acc,
                            Problems problems) {
        long n = 0;
        try {
            boolean auto = connection.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction: open one if the caller has none
            if (auto) {
                connection.setAutoCommit(false);
            }
            try (Statement st = connection.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery(query)) {
                    ResultSetMetaData md = rs.getMetaData();
                    Field[] columns = new Field[md.getColumnCount() + 1];
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns[i] = Field.byColumnName(md.getColumnLabel(i)).orElse(null);
                    }
                    String[] values = new String[Field.values().length];
                    while (rs.next()) {
                        n++;
                        java.util.Arrays.fill(values, null);
                        for (int i = 1; i < columns.length; i++) {
                            if (columns[i] != null) {
                                values[columns[i].ordinal()] = text(rs.getObject(i));
                            }
                        }
                        int[] row;
                        try {
                            row = rows.parse(values);
                            if (row != null) {
                                acc.add(row);
                            }
                        } catch (InputLimitException e) {
                            throw new MetricsInputException(MetricsText.at("jdbc", n, e.text()));
                        }
                        if (row == null) {
                            RowProblem p = new RowProblem("jdbc", n, rows.reason);
                            if (policy == RowPolicy.FAIL) {
                                throw new MetricsInputException(p);
                            }
                            problems.add(p);
                        }
                    }
                }
            } finally {
                if (auto) {
                    connection.rollback(); // only our own read-only transaction; a caller's is left alone
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new MetricsInputException(MetricsText.in("jdbc", MetricsText.QUERY_FAILED.of(String.valueOf(e.getMessage()),
                    String.valueOf(e.getSQLState()))), e);
        }
        return n;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
