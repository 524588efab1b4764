package vn.bansao.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.service.RegisterService;
import vn.bansao.register.service.ServiceAnswer;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteVerifier;

/**
 * {@code bansao.register.service.*} in a real application context: off by default; on, it needs a key file (no
 * throwaway key), makes one only when asked for a demo (Ed25519, owner-only, kept across restarts), names the key
 * after the register's origin unless told otherwise, and binds the interval and the witnesses.
 */
class BansaoRegisterServiceAutoConfigurationTest {

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BansaoAutoConfiguration.class,
                        BansaoRegisterDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
                        BansaoRegisterAutoConfiguration.class, BansaoRegisterServiceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:service-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void offByDefault() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CertificationRegister.class);
            assertThat(context).doesNotHaveBean(RegisterService.class);
        });
    }

    @Test
    void withoutAKeyFileTheApplicationDoesNotStart(@TempDir Path dir) {
        runner().withPropertyValues("bansao.register.service.enabled=true", "bansao.register.service.key-password=x")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("bansao.register.service.key-file is not set"));
        runner().withPropertyValues("bansao.register.service.enabled=true", "bansao.register.service.key-password=x",
                        "bansao.register.service.key-file=" + dir.resolve("absent.p12"))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("does not exist").hasStackTraceContaining("generate-key-if-missing"));
        assertThat(dir.resolve("absent.p12")).doesNotExist();
        runner().withPropertyValues("bansao.register.service.enabled=true",
                        "bansao.register.service.key-file=" + dir.resolve("absent.p12"),
                        "bansao.register.service.generate-key-if-missing=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("bansao.register.service.key-password is not set"));
    }

    @Test
    void aDemoKeyIsMadeOnceOwnerOnlyAndKeptAcrossRestarts(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("keys").resolve("register-checkpoint.p12");
        String[] properties = {"bansao.register.service.enabled=true", "bansao.register.service.key-file=" + key,
                "bansao.register.service.key-password=demo-password", "bansao.register.service.generate-key-if-missing=true",
                "bansao.register.service.checkpoint-interval=PT0S"};
        AtomicReference<String> first = new AtomicReference<>();
        runner().withPropertyValues(properties).run(context -> {
            assertThat(context).hasNotFailed();
            RegisterService service = context.getBean(RegisterService.class);
            CertificationRegister register = context.getBean(CertificationRegister.class);
            assertThat(service.verifierKey()).startsWith(register.origin() + "+");
            first.set(service.verifierKey());
            register.certify(EntryDraft.builder().pages(1).copies(1).certifier("Trần Thị Bình", "Công chức").build());
            ServiceAnswer cp = service.checkpoint();
            assertThat(cp.status()).isEqualTo(200);
            assertThat(SignedCheckpoint.parse(cp.text()).verify(NoteVerifier.parse(service.verifierKey())).size())
                    .isEqualTo(1);
            // PT0S: the next growth is signed at the next request
            register.certify(EntryDraft.builder().pages(1).copies(1).certifier("Trần Thị Bình", "Công chức").build());
            assertThat(SignedCheckpoint.parse(service.checkpoint().text()).checkpoint().size()).isEqualTo(2);
        });
        assertThat(key).exists();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(key.getParent())) {
            assertThat(files).containsExactly(key); // no temporary file left
        }
        byte[] bytes = Files.readAllBytes(key);
        runner().withPropertyValues(properties).run(context ->
                assertThat(context.getBean(RegisterService.class).verifierKey()).isEqualTo(first.get()));
        assertThat(Files.readAllBytes(key)).isEqualTo(bytes);
    }

    @Test
    void anExistingKeyFileIsUsedUnderTheGivenNameAndTheIntervalAndWitnessesBind(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("ec.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", key.toString(), "-storetype", "PKCS12", "-storepass", "ec-password",
                "-alias", "register", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=register test",
                "-validity", "30").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        runner().withPropertyValues("bansao.register.service.enabled=true", "bansao.register.service.key-file=" + key,
                        "bansao.register.service.key-password=ec-password",
                        "bansao.register.service.key-name=so-chung-thuc.ben-nghe.example.vn",
                        "bansao.register.service.checkpoint-interval=PT1M")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RegisterService.class).verifierKey())
                            .startsWith("so-chung-thuc.ben-nghe.example.vn+");
                    BansaoProperties.Service s = context.getBean(BansaoProperties.class).getRegister().getService();
                    assertThat(s.getCheckpointInterval()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(s.toString()).doesNotContain("ec-password");
                });
        runner().withPropertyValues("bansao.register.service.enabled=true", "bansao.register.service.key-file=" + key,
                        "bansao.register.service.key-password=wrong")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("wrong password"));
    }

    @Test
    void witnessesBindAndOneThatIsDownDoesNotStopTheCheckpoint(@TempDir Path dir) throws Exception {
        java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String witnessKey = vn.bansao.transparency.witness.CosignatureSigner.of("witness.example.vn", pair.getPrivate(),
                pair.getPublic()).verifier().verifierKey();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String[] properties = {"bansao.register.service.enabled=true",
                "bansao.register.service.key-file=" + dir.resolve("k.p12"), "bansao.register.service.key-password=p",
                "bansao.register.service.generate-key-if-missing=true", "bansao.register.service.checkpoint-interval=PT0S",
                "bansao.register.service.witness-timeout=PT2S",
                "bansao.register.service.witnesses[0].url=http://127.0.0.1:" + closedPort + "/",
                "bansao.register.service.witnesses[0].key=" + witnessKey};
        runner().withPropertyValues(properties).run(context -> {
            assertThat(context).hasNotFailed();
            BansaoProperties.Service s = context.getBean(BansaoProperties.class).getRegister().getService();
            assertThat(s.getWitnesses()).hasSize(1);
            assertThat(s.getWitnesses().get(0).getKey()).isEqualTo(witnessKey);
            assertThat(s.getWitnessTimeout()).isEqualTo(Duration.ofSeconds(2));
            ServiceAnswer cp = context.getBean(RegisterService.class).checkpoint();
            assertThat(cp.status()).isEqualTo(200);
            assertThat(cp.text().lines().filter(l -> l.startsWith("— ")).count()).isEqualTo(1);
        });
        runner().withPropertyValues(properties).withPropertyValues("bansao.register.service.witnesses[0].key=not-a-key")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("witnesses[0].key is not a witness verifier key"));
        runner().withPropertyValues(properties).withPropertyValues("bansao.register.service.witnesses[1].url=http://x/")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("witnesses[1]: give both .url and .key"));
    }
}
