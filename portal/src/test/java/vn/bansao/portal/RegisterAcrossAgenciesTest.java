package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.portal.PortalFixture.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bansao.springboot.internal.CheckpointKeyFile;
import vn.bansao.testkit.TestPki;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.witness.CosignatureSigner;
import vn.bansao.transparency.witness.Witness;
import vn.bansao.transparency.witness.WitnessServer;
import vn.bansao.transparency.witness.WitnessStateStore;
import vn.bansao.verify.CheckpointMemory;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.Finding;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.RegisterDirectory;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;

/**
 * Issue 15 end to end, every server real and on 127.0.0.1: two communes' portals serving their registers
 * ({@code /api/register/v1/}), the province's witness (bansao-transparency's {@code WitnessServer}) cosigning their
 * checkpoints, and a receiving agency (a {@link CopyVerifier} and a third portal) configured only with a directory.
 * A copy from each commune is VALID over the network; a register put back from a backup and regrown, a service
 * showing another history to another verifier, and a service that is down are each caught with their reason.
 */
class RegisterAcrossAgenciesTest {

    static final String COMMUNE_A = "000.00.12.H29";
    static final String COMMUNE_B = "000.00.13.H29";
    static final String PASSWORD = "checkpoint-key-password";

    static TestPki pki;
    static Path files;
    static Path work;
    static WitnessServer witnessServer;
    static CosignatureSigner witnessKey;
    static final List<RunningPortal> portals = new ArrayList<>();
    static final Map<String, Path> keyFiles = new LinkedHashMap<>();
    static RunningPortal communeA;
    static RunningPortal communeB;
    static byte[] copyA;
    static byte[] copyB;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.start();
        files = PortalFixture.writePki(pki);
        work = Files.createTempDirectory("bansao-across-agencies-");
        KeyPair witnessPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        witnessKey = CosignatureSigner.of("tuphap.hochiminhcity.gov.vn/witness", witnessPair.getPrivate(),
                witnessPair.getPublic());
        // the witness knows each commune's log key before any checkpoint exists (the province registers them)
        Witness.Builder witness = Witness.builder().signer(witnessKey)
                .store(WitnessStateStore.inDirectory(work.resolve("witness-state")));
        for (String agency : List.of(COMMUNE_A, COMMUNE_B, "000.00.14.H29", "000.00.15.H29")) {
            witness.log(logKey(agency).verifier());
        }
        witnessServer = WitnessServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), witness.build());

        communeA = commune(COMMUNE_A, freshDatabase());
        communeB = commune(COMMUNE_B, freshDatabase());
        copyA = certify(communeA);
        copyB = certify(communeB);
    }

    @AfterAll
    static void stop() {
        portals.forEach(RunningPortal::close);
        if (witnessServer != null) {
            witnessServer.close();
        }
        if (pki != null) {
            pki.close();
        }
        PortalFixture.delete(files);
        PortalFixture.delete(work);
    }

    @Test
    void aReceivingAgencyVerifiesACopyFromEachCommuneOverTheNetwork() throws Exception {
        Path directory = directory("both", entry(COMMUNE_A, communeA, 1), entry(COMMUNE_B, communeB, 1));
        Path memory = work.resolve("memory-" + UUID.randomUUID());
        try (CopyVerifier verifier = receivingAgency(directory, CheckpointMemory.inDirectory(memory))) {
            for (byte[] copy : List.of(copyA, copyB)) {
                VerificationReport report = verifier.verify(copy);
                assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
                assertThat(report.register()).get().extracting(RegisterCheck::outcome)
                        .isEqualTo(RegisterCheck.Outcome.CONFIRMED);
            }
            // the commune certifies more; the next check demands a consistency proof from the remembered checkpoint
            certify(communeA);
            VerificationReport again = verifier.verify(copyA);
            assertThat(again.verdict()).as(again.toText()).isEqualTo(Verdict.VALID);
        }
        try (var folders = Files.list(memory)) {
            assertThat(folders.count()).as("one remembered checkpoint per commune's register").isGreaterThanOrEqualTo(2);
        }

        // the same through a portal of the receiving agency, configured only with the directory file
        Map<String, Object> receiving = PortalFixture.properties(files, pki.tsaUrl(), "B_LT");
        receiving.put("bansao.agency.code", "000.00.20.H29");
        receiving.put("bansao.remote-registers.directory", directory);
        receiving.put("bansao.remote-registers.checkpoint-memory", work.resolve("memory-portal"));
        RunningPortal agency = started(RunningPortal.start(receiving));
        HttpResponse<String> response = PortalFixture.post(agency.uri().resolve("/api/verify"),
                new Multipart().file("file", "ban-sao.pdf", "application/pdf", copyB));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body()).path("report");
        assertThat(report.path("verdict").asText()).as(response.body()).isEqualTo("VALID");
        assertThat(response.body()).contains("REGISTER_CONFIRMED");
    }

    @Test
    void aRegisterPutBackFromABackupAndRegrownIsAForkNamingBothCheckpoints() throws Exception {
        String agency = "000.00.14.H29";
        String database = freshDatabase();
        RunningPortal honest = commune(agency, database);
        certify(honest);
        Path backup = work.resolve("backup-" + UUID.randomUUID() + ".sql");
        sql(database, "SCRIPT TO '" + backup + "'");
        byte[] second = certify(honest);
        Path directory = directory("rewritten", entry(agency, honest, 0));
        CheckpointMemory memory = CheckpointMemory.inMemory();
        try (CopyVerifier verifier = receivingAgency(directory, memory)) {
            assertThat(verifier.verify(second).verdict()).isEqualTo(Verdict.VALID);
        }
        long seen = memory.latest("bansao.vn/register/" + agency).orElseThrow().size();

        // behind the service's back: the database is put back from the backup and the log grows again, past
        // what the verifier saw, with other certifications (same key, same origin, every hash recomputed)
        honest.close();
        String restored = freshDatabase();
        sql(restored, "RUNSCRIPT FROM '" + backup + "'");
        RunningPortal rewritten = commune(agency, restored);
        certify(rewritten);
        byte[] regrown = certify(rewritten);
        Path moved = directory("rewritten-moved", entry(agency, rewritten, 0));
        try (CopyVerifier verifier = receivingAgency(moved, memory)) {
            VerificationReport report = verifier.verify(regrown);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INVALID);
            assertThat(report.register()).get().extracting(RegisterCheck::outcome).isEqualTo(RegisterCheck.Outcome.FORK);
            Finding fork = finding(report, "REGISTER_FORK");
            assertThat(fork.en()).contains("bansao.vn/register/" + agency).contains(Long.toString(seen));
            assertThat(fork.vi()).isNotEqualTo(fork.en());
        }
        assertThat(memory.latest("bansao.vn/register/" + agency).orElseThrow().size())
                .as("a fork never moves the memory").isEqualTo(seen);

        // rows edited in the database without recomputing the hashes: the service itself refuses to serve them
        sql(restored, "UPDATE bansao_entries SET signed_sha256 = '" + "A".repeat(64) + "'");
        try (CopyVerifier verifier = receivingAgency(moved, CheckpointMemory.inMemory())) {
            VerificationReport report = verifier.verify(regrown);
            assertThat(report.verdict()).as(report.toText()).isNotEqualTo(Verdict.VALID);
        }
    }

    @Test
    void aSplitViewIsCaughtOnceTheVerifiersShareThroughTheWitness() throws Exception {
        String agency = "000.00.15.H29";
        String database = freshDatabase();
        RunningPortal honest = commune(agency, database);
        certify(honest);
        Path backup = work.resolve("split-" + UUID.randomUUID() + ".sql");
        sql(database, "SCRIPT TO '" + backup + "'");
        byte[] honestCopy = certify(honest);
        // the same register key shows another history from a second service (another database behind the same name)
        String other = freshDatabase();
        sql(other, "RUNSCRIPT FROM '" + backup + "'");
        RunningPortal fork = commune(agency, other);
        byte[] forkCopy = certify(fork);

        try (CopyVerifier first = receivingAgency(directory("split-1", entry(agency, honest, 1)),
                CheckpointMemory.inMemory())) {
            VerificationReport report = first.verify(honestCopy);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }
        // a verifier that asks nobody else believes the first history it is shown...
        try (CopyVerifier alone = receivingAgency(directory("split-alone", entry(agency, fork, 0)),
                CheckpointMemory.inMemory())) {
            assertThat(alone.verify(forkCopy).verdict()).isEqualTo(Verdict.VALID);
        }
        // ...one that requires the province's witness is told the witness saw another history
        try (CopyVerifier second = receivingAgency(directory("split-2", entry(agency, fork, 1)),
                CheckpointMemory.inMemory())) {
            VerificationReport report = second.verify(forkCopy);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INVALID);
            assertThat(report.register()).get().extracting(RegisterCheck::outcome).isEqualTo(RegisterCheck.Outcome.FORK);
            assertThat(finding(report, "REGISTER_SPLIT_VIEW").en()).contains("bansao.vn/register/" + agency);
        }
    }

    @Test
    void aRegisterThatIsDownOrAnAgencyNotListedIsIndeterminateNeverValid() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        ObjectNode down = entry(COMMUNE_A, communeA, 0);
        down.put("registerUrl", "http://127.0.0.1:" + closedPort + "/api/register/v1/");
        try (CopyVerifier verifier = receivingAgency(directory("down", down), CheckpointMemory.inMemory())) {
            VerificationReport report = verifier.verify(copyA);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(finding(report, "REGISTER_UNAVAILABLE").en()).contains("not reachable");
        }
        try (CopyVerifier verifier = receivingAgency(directory("only-a", entry(COMMUNE_A, communeA, 0)),
                CheckpointMemory.inMemory())) {
            VerificationReport report = verifier.verify(copyB);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(report.register()).get().extracting(RegisterCheck::outcome)
                    .isEqualTo(RegisterCheck.Outcome.UNAVAILABLE);
        }
    }

    // ------------------------------------------------------------------ the communes, the directory, the verifier

    /** A commune's checkpoint key, made once per agency (a PKCS#12 file in the test's temporary folder). */
    static synchronized NoteSigner logKey(String agency) {
        Path file = keyFiles.computeIfAbsent(agency, a -> work.resolve("checkpoint-" + a + ".p12"));
        CheckpointKeyFile.createIfMissing(file, PASSWORD.toCharArray());
        return NoteSigner.fromPkcs12(file, PASSWORD.toCharArray(), "bansao.vn/register/" + agency);
    }

    static RunningPortal commune(String agency, String databaseUrl) {
        logKey(agency);
        Map<String, Object> p = PortalFixture.properties(files, pki.tsaUrl(), "B_LT");
        p.put("spring.datasource.url", databaseUrl);
        p.put("bansao.agency.code", agency);
        p.put("bansao.register.service.enabled", true);
        p.put("bansao.register.service.key-file", keyFiles.get(agency));
        p.put("bansao.register.service.key-password", PASSWORD);
        p.put("bansao.register.service.checkpoint-interval", "PT0S");
        p.put("bansao.register.service.witnesses[0].url", witnessServer.uri());
        p.put("bansao.register.service.witnesses[0].key", witnessKey.verifier().verifierKey());
        RunningPortal portal = started(RunningPortal.start(p));
        assertThat(portal.register().origin()).isEqualTo("bansao.vn/register/" + agency);
        return portal;
    }

    static RunningPortal started(RunningPortal portal) {
        portals.add(portal);
        return portal;
    }

    static String freshDatabase() {
        return "jdbc:h2:mem:commune-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static void sql(String databaseUrl, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl, "sa", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Certifies a copy through the commune's {@code POST /api/certify}; its signed PDF. */
    static byte[] certify(RunningPortal portal) throws Exception {
        HttpResponse<String> response = PortalFixture.post(portal.uri().resolve("/api/certify"),
                PortalFixture.certifyForm());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Base64.getDecoder().decode(JSON.readTree(response.body()).path("copy").path("pdf_base64").asText());
    }

    static ObjectNode entry(String agency, RunningPortal portal, int witnessQuorum) {
        ObjectNode e = JSON.createObjectNode();
        e.put("registerUrl", portal.uri().resolve("/api/register/v1/").toString());
        e.put("checkpointKey", logKey(agency).verifier().verifierKey());
        e.put("origin", "bansao.vn/register/" + agency);
        if (witnessQuorum > 0) {
            ObjectNode w = e.putArray("witnesses").addObject();
            w.put("name", witnessKey.verifier().name());
            w.put("url", witnessServer.uri().toString());
            w.put("key", witnessKey.verifier().verifierKey());
            e.put("witnessQuorum", witnessQuorum);
        }
        e.put("agencyCode", agency); // removed below: the directory's key is the agency code
        return e;
    }

    static Path directory(String name, ObjectNode... entries) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode agencies = root.putObject("agencies");
        for (ObjectNode e : entries) {
            String code = e.remove("agencyCode").asText();
            agencies.set(code, e);
        }
        Path file = work.resolve("directory-" + name + ".json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    static CopyVerifier receivingAgency(Path directory, CheckpointMemory memory) throws Exception {
        return CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .registerDirectory(RegisterDirectory.fromJson(directory)).checkpointMemory(memory).build();
    }

    static Finding finding(VerificationReport report, String code) {
        return report.register().orElseThrow().findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + report.toText()));
    }
}
