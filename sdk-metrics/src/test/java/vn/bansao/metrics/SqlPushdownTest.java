package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import vn.bansao.metrics.sql.SqlPushdown;

/**
 * The same definitions run as SQL on a real PostgreSQL server give exactly the in-memory engine's numbers.
 * The table is loaded with PostgreSQL's own CSV parser (COPY), not ours.
 */
class SqlPushdownTest {

    private static EmbeddedPostgres pg;
    private static Connection db;
    private static Path csv;
    private static final List<Period> PERIODS = Period.parseList("2023-Q1,2023-Q2,2023-Q3,2023-Q4,2023-02-28..2023-03-01,all");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws IOException, SQLException {
        pg = EmbeddedPostgres.builder().start();
        db = pg.getPostgresDatabase().getConnection();
        csv = RandomDossiers.csv(tmp.resolve("pg.csv"), RandomDossiers.rows(99, 8_000, 0));
        try (Statement st = db.createStatement()) {
            st.execute(String.format(SqlPushdown.CREATE_TABLE, "dossiers"));
            st.execute("CREATE TEMP TABLE staging (" + String.join(" text, ", RandomDossiers.COLUMNS) + " text)");
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY staging FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
        StringBuilder insert = new StringBuilder("INSERT INTO dossiers SELECT ");
        for (int i = 0; i < RandomDossiers.COLUMNS.length; i++) {
            String c = RandomDossiers.COLUMNS[i];
            if (i > 0) {
                insert.append(", ");
            }
            if (c.endsWith("_on")) {
                insert.append(c).append("::date");
            } else if (List.of("dossier_code", "procedure_code", "agency_code", "unit_level", "unit_group", "channel", "rating")
                    .contains(c)) {
                insert.append(c);
            } else {
                insert.append("COALESCE(").append(c).append("::int, 0)");
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute(insert.append(" FROM staging").toString());
        }
    }

    @AfterAll
    static void stop() throws IOException, SQLException {
        if (db != null) {
            db.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static void assertSame(MetricsReport memory, MetricsReport other) {
        assertThat(other.input().rowsAccepted()).isEqualTo(memory.input().rowsAccepted());
        for (int p = 0; p < PERIODS.size(); p++) {
            PeriodResult a = memory.period(p), b = other.period(p);
            assertThat(b.units()).extracting(ScopeResult::code).isEqualTo(a.units().stream().map(ScopeResult::code).toList());
            for (ScopeResult u : a.units()) {
                ScopeResult v = b.unit(u.code()).orElseThrow();
                assertThat(v.measures()).as(u.code() + " in " + a.period()).isEqualTo(u.measures());
                assertThat(v.level()).isEqualTo(u.level());
                assertThat(v.group()).isEqualTo(u.group());
            }
            for (ScopeResult l : a.levels()) {
                assertThat(b.level(l.level().orElseThrow()).orElseThrow().measures()).isEqualTo(l.measures());
            }
            assertThat(b.province().indicators()).isEqualTo(a.province().indicators());
            assertThat(b.province().index().points().sameValue(a.province().index().points())).isTrue();
        }
    }

    @Test
    void pushdownEqualsInMemory() {
        MetricsReport memory = Metrics.builder().dossiers(csv).periods(PERIODS).compute();
        assertThat(memory.input().rowsAccepted()).isEqualTo(8_000);
        assertThat(memory.period(5).province().measures().get("procedures")).isPositive();
        MetricsReport sql = Metrics.builder().pushdown(db, "dossiers").periods(PERIODS).compute();
        assertSame(memory, sql);
    }

    @Test
    void jdbcRowByRowEqualsInMemory() {
        MetricsReport memory = Metrics.builder().dossiers(csv).periods(PERIODS).compute();
        MetricsReport jdbc = Metrics.builder().jdbc(db, "SELECT * FROM dossiers").periods(PERIODS).compute();
        assertSame(memory, jdbc);
    }

    @Test
    void theSqlIsGeneratedFromTheDefinitions() {
        String sql = SqlPushdown.measuresSql("dossiers", Period.parse("2023-Q1"), SqlPushdown.Dialect.POSTGRESQL);
        assertThat(sql).contains("channel = 'online'").contains("paid_online IN (1, 2)")
                .contains("COUNT(DISTINCT CASE WHEN").contains("BETWEEN DATE '2023-01-01' AND DATE '2023-03-31'");
        assertThatThrownBy(() -> Metrics.builder().pushdown(db, "dossiers; DROP TABLE x").compute())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
