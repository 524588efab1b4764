package vn.bansao.register.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;
import vn.bansao.register.RegisterEntry;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.merkle.MerkleVerifier;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteSigner;

/**
 * The register service over a real H2 register: the checkpoint note, every row of a number with a proof that
 * verifies (a VOID after the CERTIFICATION included), the size parameter and its caching, bad parameters, no
 * personal data in any answer, one signature when concurrent requests find the tree grown, and nothing served for
 * a log edited in the database.
 */
class RegisterServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENCY = "000.00.12.H29";

    private JdbcDataSource dataSource;
    private CertificationRegister register;
    private NoteSigner key;

    @BeforeEach
    void open() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:service-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        register = CertificationRegister.open(RegisterConfig.builder(dataSource).agencyCode(AGENCY).build());
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        key = NoteSigner.of(register.origin(), pair.getPrivate(), pair.getPublic());
    }

    @AfterEach
    void close() throws Exception {
        register.close();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private RegisterService service() {
        return RegisterService.builder(register, key).checkpointInterval(Duration.ZERO).build();
    }

    /** An entry without the requester's or the document's details (its v1 leaf is publishable too). */
    private RegisterEntry certifyPlain() {
        return register.certify(EntryDraft.builder().pages(2).copies(1)
                .certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch").build());
    }

    private RegisterEntry certifyPersonal(String name, String id, String documentNumber) {
        return register.certify(EntryDraft.builder().requester(name, id)
                .document("Giấy khai sinh bản đặc biệt", "UBND xã Độc Lập", documentNumber, LocalDate.of(1990, 3, 4))
                .pages(1).copies(1).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch").build());
    }

    private Checkpoint signedCheckpoint(RegisterService service) throws Exception {
        ServiceAnswer answer = service.checkpoint();
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return SignedCheckpoint.parse(answer.text()).verify(key.verifier());
    }

    private static JsonNode json(ServiceAnswer answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    private ServiceAnswer entries(RegisterService service, RegisterEntry e, OptionalLong size) {
        CertificationNumber n = e.number();
        return service.entries(n.agencyCode(), n.registerType(), n.year(), n.sequence(), size);
    }

    /** Each served row verifies against {@code cp}: leaf bytes → leaf hash → path → signed root. */
    private static void assertRowsProven(JsonNode body, Checkpoint cp) throws Exception {
        for (JsonNode row : body.path("rows")) {
            if (row.path("withheld").asBoolean(false)) {
                assertThat(row.has("leaf")).isFalse();
                continue;
            }
            byte[] leaf = Base64.getDecoder().decode(row.path("leaf").asText());
            List<byte[]> path = new ArrayList<>();
            row.path("path").forEach(h -> path.add(Base64.getDecoder().decode(h.asText())));
            assertThat(path).allSatisfy(h -> assertThat(h).hasSize(32));
            MerkleVerifier.verifyInclusion(row.path("leafIndex").asLong(), cp.size(), Rfc6962.leafHash(leaf), path,
                    cp.rootHash());
        }
    }

    @Test
    void theCheckpointIsTheRegistersSignedNoteWithNoCacheAndAStableEtag() throws Exception {
        RegisterService service = service();
        certifyPlain();
        certifyPlain();
        ServiceAnswer first = service.checkpoint();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(first.cacheControl()).isEqualTo("no-cache");
        assertThat(first.etag()).hasValueSatisfying(tag -> assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\""));
        Checkpoint cp = SignedCheckpoint.parse(first.text()).verify(key.verifier());
        assertThat(cp.origin()).isEqualTo("bansao.vn/register/" + AGENCY);
        assertThat(cp.size()).isEqualTo(2);
        assertThat(first.text()).startsWith(cp.body() + "\n— " + register.origin() + " ");

        ServiceAnswer again = service.checkpoint();
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.etag()).isEqualTo(first.etag());

        certifyPlain();
        ServiceAnswer grown = service.checkpoint();
        assertThat(SignedCheckpoint.parse(grown.text()).verify(key.verifier()).size()).isEqualTo(3);
        assertThat(grown.etag()).isNotEqualTo(first.etag());
        assertThat(service.key().text()).isEqualTo(key.verifier().verifierKey() + "\n");
        assertThat(service.verifierKey()).startsWith(register.origin() + "+");
    }

    @Test
    void entriesGiveEveryRowOfTheNumberInLogOrderEachProvenAVoidAfterTheCertificationIncluded() throws Exception {
        RegisterService service = service();
        RegisterEntry target = certifyPlain();                                  // leaf 0
        certifyPlain();                                                         // leaf 1, another number
        register.voidEntry(target.number(), "Người yêu cầu rút hồ sơ");         // leaf 2
        certifyPlain();                                                         // leaf 3
        Checkpoint cp = signedCheckpoint(service);
        assertThat(cp.size()).isEqualTo(4);

        ServiceAnswer answer = entries(service, target, OptionalLong.empty());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.cacheControl()).isEqualTo("no-cache");
        JsonNode body = json(answer);
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("origin", "treeSize", "rows");
        assertThat(body.path("origin").asText()).isEqualTo(register.origin());
        assertThat(body.path("treeSize").asLong()).isEqualTo(4);
        assertThat(body.path("rows")).extracting(r -> r.path("leafIndex").asLong()).containsExactly(0L, 2L);
        assertRowsProven(body, cp);

        JsonNode certification = body.path("rows").get(0);
        assertThat(certification.has("withheld")).isFalse();
        assertThat(new String(Base64.getDecoder().decode(certification.path("leaf").asText()), StandardCharsets.UTF_8))
                .contains("\"kind\":\"CERTIFICATION\"", "\"leafIndex\":0");
        JsonNode voidRow = body.path("rows").get(1);
        // a v2 leaf: the void's reason is only inside the salted commitment, so the row is served and proven
        assertThat(register.publishable(2)).isTrue();
        assertThat(new String(Base64.getDecoder().decode(voidRow.path("leaf").asText()), StandardCharsets.UTF_8))
                .contains("\"kind\":\"VOID\"", "\"v\":2", "\"private\":\"").doesNotContain("rút hồ sơ");
    }

    @Test
    void anExplicitSizeIsImmutableAndLimitsTheRowsAndTheirPathsToThatTree() throws Exception {
        RegisterService service = service();
        RegisterEntry target = certifyPlain();                                  // leaf 0
        certifyPlain();                                                         // leaf 1
        Checkpoint atTwo = signedCheckpoint(service);
        register.correct(target.number(), EntryDraft.builder().pages(3).copies(1)
                .certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch").build());  // leaf 2
        certifyPlain();                                                         // leaf 3
        Checkpoint atFour = signedCheckpoint(service);

        ServiceAnswer old = entries(service, target, OptionalLong.of(2));
        assertThat(old.status()).as(old.text()).isEqualTo(200);
        assertThat(old.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        JsonNode body = json(old);
        assertThat(body.path("treeSize").asLong()).isEqualTo(2);
        assertThat(body.path("rows")).extracting(r -> r.path("leafIndex").asLong()).containsExactly(0L);
        assertRowsProven(body, atTwo);

        JsonNode latest = json(entries(service, target, OptionalLong.empty()));
        assertThat(latest.path("treeSize").asLong()).isEqualTo(4);
        assertThat(latest.path("rows")).extracting(r -> r.path("leafIndex").asLong()).containsExactly(0L, 2L);
        assertRowsProven(latest, atFour);
        assertThat(entries(service, target, OptionalLong.of(4)).body()).isEqualTo(entries(service, target,
                OptionalLong.empty()).body());

        // beyond the latest signed size: refused, even though the register has the rows
        certifyPlain();                                                         // leaf 4, not signed yet... until asked
        ServiceAnswer beyond = entries(service, target, OptionalLong.of(99));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.error().orElseThrow().code()).isEqualTo("SIZE_NOT_SIGNED");
        assertThat(beyond.cacheControl()).isEqualTo("no-store");
        ServiceAnswer zero = entries(service, target, OptionalLong.of(0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.error().orElseThrow().code()).isEqualTo("BAD_PARAMETER");
    }

    @Test
    void badParametersAre400AndAnUnknownNumberIs404InThePortalsErrorShape() throws Exception {
        RegisterService service = service();
        RegisterEntry e = certifyPlain();
        String type = e.number().registerType();
        int year = e.number().year();
        List<ServiceAnswer> bad = List.of(
                service.entries("không-phải-mã", type, year, 1, OptionalLong.empty()),
                service.entries(AGENCY, "<script>", year, 1, OptionalLong.empty()),
                service.entries(AGENCY, "", year, 1, OptionalLong.empty()),
                service.entries(AGENCY, type, 0, 1, OptionalLong.empty()),
                service.entries(AGENCY, type, year, 0, OptionalLong.empty()),
                service.entries(AGENCY, type, year, -5, OptionalLong.empty()),
                service.consistency(0, 1),
                service.consistency(2, 1),
                service.consistency(1, 2));
        for (ServiceAnswer a : bad) {
            assertThat(a.status()).as(a.text()).isEqualTo(400);
            assertThat(a.contentType()).isEqualTo("application/json; charset=utf-8");
            JsonNode error = json(a).path("error");
            assertThat(error.path("code").asText()).isIn("BAD_PARAMETER", "SIZE_NOT_SIGNED");
            assertThat(error.path("message_vi").asText()).startsWith("Tham số \"");
            assertThat(error.path("message_en").asText()).startsWith("The \"");
        }
        assertThat(json(bad.get(0)).path("error").path("message_en").asText()).contains("\"agency\"");
        assertThat(json(bad.get(8)).path("error").path("code").asText()).isEqualTo("SIZE_NOT_SIGNED");

        for (ServiceAnswer a : List.of(service.entries(AGENCY, type, year, 2, OptionalLong.empty()),
                service.entries(AGENCY, type, year - 1, 1, OptionalLong.empty()),
                service.entries("000.00.00.H56", type, year, 1, OptionalLong.empty()),
                service.entries(AGENCY, "SCT/CK,ĐC", year, 1, OptionalLong.empty()))) {
            assertThat(a.status()).as(a.text()).isEqualTo(404);
            assertThat(a.error().orElseThrow().code()).isEqualTo("ENTRY_NOT_FOUND");
            assertThat(json(a).path("error").path("message_vi").asText()).startsWith("Sổ không có dòng nào");
        }
    }

    @Test
    void consistencyProofsVerifyBetweenTwoSignedCheckpointsAndAreImmutable() throws Exception {
        RegisterService service = service();
        certifyPlain();
        certifyPlain();
        Checkpoint two = signedCheckpoint(service);
        for (int i = 0; i < 5; i++) {
            certifyPlain();
        }
        Checkpoint seven = signedCheckpoint(service);
        ServiceAnswer answer = service.consistency(2, 7);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        JsonNode body = json(answer);
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("from", "to", "path");
        List<byte[]> path = new ArrayList<>();
        body.path("path").forEach(h -> path.add(Base64.getDecoder().decode(h.asText())));
        assertThat(path).isNotEmpty();
        new ConsistencyProof(2, 7, path).verify(two, seven);

        JsonNode same = json(service.consistency(7, 7));
        assertThat(same.path("path")).isEmpty();
        assertThat(same.path("from").asLong()).isEqualTo(7);
    }

    @Test
    void noAnswerCarriesTheRequestersNameIdOrTheDocumentsNumber() throws Exception {
        RegisterService service = service();
        String name = "Hoàng Thị Xuyến Chi";
        String id = "CCCD:079987654321";
        String documentNumber = "ĐB-7788-XYZ";
        RegisterEntry personal = certifyPersonal(name, id, documentNumber);
        register.voidEntry(personal.number(), "Hoàng Thị Xuyến Chi yêu cầu hủy");
        register.correct(certifyPersonal(name, id, documentNumber).number(),
                EntryDraft.builder().requester(name, id).document("Giấy khai sinh", "UBND xã Độc Lập", documentNumber,
                        LocalDate.of(1990, 3, 4)).pages(1).copies(1).certifier("Trần Thị Bình", "Công chức").build(),
                "sai tên");
        Checkpoint cp = signedCheckpoint(service);

        List<String> texts = new ArrayList<>();
        texts.add(service.checkpoint().text());
        texts.add(service.consistency(1, cp.size()).text());
        for (long n = 1; n <= 2; n++) {
            ServiceAnswer a = service.entries(AGENCY, personal.number().registerType(), personal.number().year(), n,
                    OptionalLong.empty());
            assertThat(a.status()).as(a.text()).isEqualTo(200);
            texts.add(a.text());
            JsonNode body = json(a);
            assertRowsProven(body, cp);
            for (JsonNode row : body.path("rows")) {
                assertThat(row.has("leaf")).as("v2 rows are served, so this test reads their bytes").isTrue();
                if (row.has("leaf")) {
                    texts.add(new String(Base64.getDecoder().decode(row.path("leaf").asText()), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(name, id, "079987654321", documentNumber,
                "Xuyến", "Giấy khai sinh"));
    }

    @Test
    void concurrentRequestsAfterTheTreeGrewSignOneCheckpoint() throws Exception {
        RegisterService service = service();
        certifyPlain();
        signedCheckpoint(service);
        certifyPlain();
        certifyPlain();
        long before = storedCheckpoints();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ServiceAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return service.checkpoint();
                }));
            }
            start.countDown();
            Set<String> notes = new HashSet<>();
            for (Future<ServiceAnswer> f : answers) {
                ServiceAnswer a = f.get();
                assertThat(a.status()).isEqualTo(200);
                notes.add(a.text());
            }
            assertThat(notes).hasSize(1);
            assertThat(SignedCheckpoint.parse(notes.iterator().next()).verify(key.verifier()).size()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedCheckpoints()).isEqualTo(before + 1);
    }

    @Test
    void theIntervalThrottlesSigningUntilItHasPassed() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-07T03:00:00Z"));
        RegisterService service = RegisterService.builder(register, key).checkpointInterval(Duration.ofMinutes(10))
                .clock(clock).build();
        certifyPlain();
        assertThat(signedCheckpoint(service).size()).isEqualTo(1);
        certifyPlain();
        clock.advance(Duration.ofMinutes(9));
        assertThat(signedCheckpoint(service).size()).isEqualTo(1);
        // the newer row is not servable before a checkpoint covers it
        assertThat(entries(service, register.find(register.today().getYear(), 2).orElseThrow(), OptionalLong.empty())
                .status()).isEqualTo(404);
        long before = storedCheckpoints();
        clock.advance(Duration.ofMinutes(1));
        assertThat(signedCheckpoint(service).size()).isEqualTo(2);
        assertThat(signedCheckpoint(service).size()).isEqualTo(2);
        assertThat(storedCheckpoints()).isEqualTo(before + 1);
    }

    @Test
    void aLogEditedInTheDatabaseGetsNoCheckpointAndNoProofs() throws Exception {
        RegisterService service = service();
        RegisterEntry e = certifyPlain();
        certifyPlain();
        signedCheckpoint(service);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE bansao_entries SET pages = 9 WHERE leaf_index = 0");
        }
        // before any new signing: the edited row's proof is refused, not served
        ServiceAnswer edited = entries(service, e, OptionalLong.of(2));
        assertThat(edited.status()).isEqualTo(503);
        assertThat(edited.error().orElseThrow().code()).isEqualTo("REGISTER_NOT_INTACT");
        certifyPlain(); // the tree grows: the next request signs again, and the register refuses
        ServiceAnswer refused = service.checkpoint();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.error().orElseThrow().code()).isEqualTo("REGISTER_NOT_INTACT");
        assertThat(refused.text()).doesNotContain(register.origin() + "\n");
        ServiceAnswer rows = entries(service, e, OptionalLong.of(1));
        assertThat(rows.status()).isEqualTo(503);
        assertThat(service.consistency(1, 2).status()).isEqualTo(503);
    }

    @Test
    void aRegisterRolledBackBelowAServedCheckpointIsNeverSignedAgain() throws Exception {
        // an older copy of the database put back under the running service: the same origin, fewer rows
        JdbcDataSource older = new JdbcDataSource();
        older.setURL("jdbc:h2:mem:service-older-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        older.setUser("sa");
        try (CertificationRegister old = CertificationRegister.open(RegisterConfig.builder(older).agencyCode(AGENCY).build())) {
            old.certify(EntryDraft.builder().pages(1).copies(1).certifier("Trần Thị Bình", "Công chức").build());
        }
        RegisterService service = service();
        certifyPlain();
        certifyPlain();
        certifyPlain();
        assertThat(signedCheckpoint(service).size()).isEqualTo(3);
        String url = dataSource.getURL();
        dataSource.setURL(older.getURL());
        try {
            ServiceAnswer refused = service.checkpoint();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.error().orElseThrow().code()).isEqualTo("REGISTER_NOT_INTACT");
            assertThat(service.checkpoint().status()).isEqualTo(503);
            assertThat(service.consistency(1, 1).status()).isEqualTo(503);
        } finally {
            dataSource.setURL(url);
            try (Connection c = older.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    private long storedCheckpoints() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bansao_checkpoints")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
