package vn.bansao.metrics.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.definition.Field;
import vn.bansao.metrics.definition.Measure;
import vn.bansao.metrics.definition.Measures;
import vn.bansao.metrics.internal.Accumulator;
import vn.bansao.metrics.internal.DossierTotals;
import vn.bansao.metrics.internal.MetricsText;

/**
 * The SQL back-end: the same {@link Measures} rendered as aggregates grouped by unit and run where the
 * data lives (PostgreSQL; the query is standard SQL that DuckDB also runs). Only per-unit totals travel.
 *
 * <pre>{@code
 * MetricsReport r = Metrics.builder().pushdown(connection, "dossiers").periods(Period.parseList("2023-Q1,2023-Q2")).compute();
 * String sql = SqlPushdown.measuresSql("dossiers", Period.parse("2023"), SqlPushdown.Dialect.POSTGRESQL);
 * }</pre>
 */
public final class SqlPushdown {

    /** Table layout the SQL back-end expects (PostgreSQL): canonical names, dates as DATE, enumerations as text. */
    public static final String CREATE_TABLE = "CREATE TABLE %s ("
            + "dossier_code text NOT NULL, procedure_code text, agency_code text NOT NULL, unit_level text, unit_group text, "
            + "received_on date NOT NULL, due_on date, finished_on date, channel text NOT NULL DEFAULT 'in_person', "
            + "full_process_eligible int NOT NULL DEFAULT 0, has_fee int NOT NULL DEFAULT 0, paid_online int NOT NULL DEFAULT 0, "
            + "components_total int NOT NULL DEFAULT 0, components_digitised int NOT NULL DEFAULT 0, "
            + "result_required int NOT NULL DEFAULT 0, result_electronic int NOT NULL DEFAULT 0, "
            + "copies_required int NOT NULL DEFAULT 0, copies_certified_electronically int NOT NULL DEFAULT 0, "
            + "reused_data int NOT NULL DEFAULT 0, from_citizen_store int NOT NULL DEFAULT 0, population_data int NOT NULL DEFAULT 0, "
            + "rating text, complaints int NOT NULL DEFAULT 0, complaints_on_time int NOT NULL DEFAULT 0)";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,120}");

    /** SQL dialect differences that matter here. */
    public enum Dialect {
        /** Group order by byte value ({@code COLLATE "C"}) to match Java's ordering. */
        POSTGRESQL,
        /** DuckDB (binary collation by default). */
        DUCKDB
    }

    private SqlPushdown() {
    }

    /** Per-unit totals from the database. */
    public record Result(DossierTotals totals, long rows) {
    }

    /** The per-unit aggregate query of one period over {@code from} (a table, view, or {@code read_csv(...)} in DuckDB). */
    public static String measuresSql(String from, Period period, Dialect dialect) {
        String measures = Measures.ALL.stream().map(m -> m.toSql() + " AS " + m.name()).collect(Collectors.joining(",\n  "));
        String where = period.equals(Period.ALL) ? ""
                : "\nWHERE received_on BETWEEN DATE '" + period.from() + "' AND DATE '" + period.to() + "'";
        return "SELECT agency_code,\n  " + measures + "\nFROM " + from + where + "\nGROUP BY agency_code";
    }

    /** Each unit's level (as the in-memory engine takes it: the smallest seen) and group, and the row count. */
    public static String unitsSql(String from, Dialect dialect) {
        String collate = dialect == Dialect.POSTGRESQL ? " COLLATE \"C\"" : "";
        return "SELECT agency_code, MIN(CASE unit_level WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'commune' THEN 2 END),"
                + " MIN(NULLIF(unit_group, '')" + collate + "), COUNT(*) FROM " + from + " GROUP BY agency_code";
    }

    public static Result totals(Connection c, String table, List<Period> periods) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("bảng không hợp lệ / invalid table name: " + table);
        }
        try (Statement st = c.createStatement()) {
            Map<String, Integer> index = new HashMap<>();
            List<String> units = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            long rows = 0;
            try (ResultSet rs = st.executeQuery(unitsSql(table, Dialect.POSTGRESQL))) {
                while (rs.next()) {
                    index.put(rs.getString(1), units.size());
                    units.add(rs.getString(1));
                    int l = rs.getInt(2);
                    levels.add(rs.wasNull() ? -1 : l);
                    groups.add(rs.getString(3));
                    rows += rs.getLong(4);
                }
            }
            int m = Accumulator.M;
            long[][] counts = new long[periods.size()][units.size() * m];
            for (int p = 0; p < periods.size(); p++) {
                try (ResultSet rs = st.executeQuery(measuresSql(table, periods.get(p), Dialect.POSTGRESQL))) {
                    while (rs.next()) {
                        int u = index.get(rs.getString(1));
                        for (int k = 0; k < m; k++) {
                            counts[p][u * m + k] = rs.getLong(k + 2);
                        }
                    }
                }
            }
            return new Result(new DossierTotals(List.copyOf(units), levels.stream().mapToInt(Integer::intValue).toArray(),
                    groups.toArray(String[]::new), counts), rows);
        } catch (SQLException e) {
            throw new MetricsInputException(MetricsText.in("sql:" + table, MetricsText.PUSHDOWN_FAILED.of(
                    String.valueOf(e.getMessage()), String.valueOf(e.getSQLState()))), e);
        }
    }

    /** The columns the definitions read, for documentation and checks. */
    public static List<String> columns() {
        return java.util.Arrays.stream(Field.values()).map(Field::column).toList();
    }

    /** The measure names in result-column order. */
    public static List<String> measureNames() {
        return Measures.ALL.stream().map(Measure::name).toList();
    }
}
