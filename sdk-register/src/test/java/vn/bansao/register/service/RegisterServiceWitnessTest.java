package vn.bansao.register.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.witness.CosignatureVerifier;
import vn.bansao.transparency.witness.WitnessClient;
import vn.bansao.transparency.witness.WitnessPolicy;

/**
 * The served checkpoint carries the cosignatures of real witnesses over loopback HTTP (C2SP tlog-witness): pushed
 * after each signing with a consistency proof, a 409 answered with a proof from the witness's own size, a witness
 * that is down or cosigns with another key than the configured one costs only its cosignature.
 */
class RegisterServiceWitnessTest {

    private JdbcDataSource dataSource;
    private CertificationRegister register;
    private NoteSigner key;

    @BeforeEach
    void open() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:witnessed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        register = CertificationRegister.open(RegisterConfig.builder(dataSource).agencyCode("000.00.12.H29").build());
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

    private void certify() {
        register.certify(EntryDraft.builder().pages(1).copies(1).certifier("Trần Thị Bình", "Công chức").build());
    }

    private static WitnessClient client(URI url) {
        return WitnessClient.of(url, Duration.ofSeconds(5), 16 * 1024);
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }
    }

    private Checkpoint verified(String note) throws Exception {
        return SignedCheckpoint.parse(note).verify(key.verifier());
    }

    @Test
    void theNoteCarriesEveryReachableWitnessesCosignatureAndADownWitnessStopsNothing() throws Exception {
        try (LoopbackWitness a = new LoopbackWitness("witness-a.example.vn", key.verifier());
             LoopbackWitness b = new LoopbackWitness("witness-b.example.vn", key.verifier())) {
            RegisterService service = RegisterService.builder(register, key).checkpointInterval(Duration.ZERO)
                    .witness(client(a.url()), a.key())
                    .witness(client(closedPort()), CosignatureVerifier.parse(b.key().verifierKey()))
                    .witness(client(b.url()), b.key()).build();
            certify();
            certify();
            String note = service.checkpoint().text();
            Checkpoint two = verified(note);
            assertThat(two.size()).isEqualTo(2);
            WitnessPolicy.Result both = WitnessPolicy.of(2, List.of(a.key(), b.key())).check(note, two);
            assertThat(both.satisfied()).isTrue();
            assertThat(both.cosignedBy()).containsExactlyInAnyOrder("witness-a.example.vn", "witness-b.example.vn");
            assertThat(note).startsWith(SignedCheckpoint.parse(note).checkpoint().body());

            // growth: pushed again from size 2 with a consistency proof, which the witnesses check
            certify();
            certify();
            certify();
            String grown = service.checkpoint().text();
            Checkpoint five = verified(grown);
            assertThat(five.size()).isEqualTo(5);
            assertThat(WitnessPolicy.of(2, List.of(a.key(), b.key())).check(grown, five).satisfied()).isTrue();
            assertThat(a.size()).isEqualTo(5);
            assertThat(b.size()).isEqualTo(5);
        }
    }

    @Test
    void aWitnessThatHoldsAnotherSizeGetsAProofFromThatSize() throws Exception {
        try (LoopbackWitness a = new LoopbackWitness("witness-a.example.vn", key.verifier())) {
            RegisterService before = RegisterService.builder(register, key).checkpointInterval(Duration.ZERO)
                    .witness(client(a.url()), a.key()).build();
            certify();
            certify();
            assertThat(WitnessPolicy.of(1, List.of(a.key())).check(before.checkpoint().text(), verified(
                    before.checkpoint().text())).satisfied()).isTrue();
            // a restarted service knows nothing of the witness's size 2: 409, then a proof 2 -> 4
            certify();
            certify();
            RegisterService restarted = RegisterService.builder(register, key).checkpointInterval(Duration.ZERO)
                    .witness(client(a.url()), a.key()).build();
            int requests = a.requests.get();
            String note = restarted.checkpoint().text();
            Checkpoint four = verified(note);
            assertThat(four.size()).isEqualTo(4);
            assertThat(WitnessPolicy.of(1, List.of(a.key())).check(note, four).satisfied()).isTrue();
            assertThat(a.requests.get() - requests).isEqualTo(2);
            assertThat(a.size()).isEqualTo(4);
        }
    }

    @Test
    void aCosignatureThatDoesNotVerifyWithTheConfiguredKeyIsNotServed() throws Exception {
        try (LoopbackWitness a = new LoopbackWitness("witness-a.example.vn", key.verifier());
             LoopbackWitness impostor = new LoopbackWitness("witness-a.example.vn", key.verifier())) {
            // the configured key is a's; the server at that URL signs with another key under the same name
            RegisterService service = RegisterService.builder(register, key).checkpointInterval(Duration.ZERO)
                    .witness(client(impostor.url()), a.key()).build();
            certify();
            String note = service.checkpoint().text();
            Checkpoint cp = verified(note);
            assertThat(a.key().verify(note, cp)).isEmpty();
            assertThat(impostor.key().verify(note, cp)).isEmpty();
            assertThat(note).isEqualTo(SignedCheckpoint.parse(note).note());
            assertThat(note.lines().filter(l -> l.startsWith("— ")).count()).isEqualTo(1); // the register's own line
        }
    }

    @Test
    void theSdksOwnWitnessServerCosignsAndA409FromItsStoredStateIsAnsweredAfterBothRestart(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path state) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        vn.bansao.transparency.witness.CosignatureSigner signer = vn.bansao.transparency.witness.CosignatureSigner.of(
                "witness.tuphap.example.vn", pair.getPrivate(), pair.getPublic());
        java.net.InetSocketAddress loopback = new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0);
        try (vn.bansao.transparency.witness.WitnessServer server = vn.bansao.transparency.witness.WitnessServer.start(
                loopback, vn.bansao.transparency.witness.Witness.builder().signer(signer)
                        .store(vn.bansao.transparency.witness.WitnessStateStore.inDirectory(state))
                        .log(key.verifier()).build())) {
            RegisterService service = RegisterService.builder(register, key).checkpointInterval(Duration.ZERO)
                    .witness(client(server.uri()), signer.verifier()).build();
            certify();
            certify();
            String note = service.checkpoint().text();
            Checkpoint two = verified(note);
            assertThat(signer.verifier().verify(note, two)).isPresent();
            // the witness's own record of what it cosigned, through the extension verifiers use
            String latest = client(server.uri()).latest(register.origin()).orElseThrow();
            assertThat(signer.verifier().verify(latest, two)).isPresent();
        }
        certify();
        certify();
        try (vn.bansao.transparency.witness.WitnessServer server = vn.bansao.transparency.witness.WitnessServer.start(
                loopback, vn.bansao.transparency.witness.Witness.builder().signer(signer)
                        .store(vn.bansao.transparency.witness.WitnessStateStore.inDirectory(state))
                        .log(key.verifier()).build())) {
            // a new service (it believes the witness holds nothing) meets the witness's stored size 2: 409, proof 2 -> 4
            RegisterService restarted = RegisterService.builder(register, key).checkpointInterval(Duration.ZERO)
                    .witness(client(server.uri()), signer.verifier()).build();
            String note = restarted.checkpoint().text();
            Checkpoint four = verified(note);
            assertThat(four.size()).isEqualTo(4);
            assertThat(signer.verifier().verify(note, four)).isPresent();
        }
    }
}
