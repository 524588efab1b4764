package vn.bansao.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.bansao.register.CertificationRegister;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.RemoteSigning;
import vn.bansao.testkit.Service;
import vn.bansao.testkit.TestPki;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;
import vn.bansao.certification.CertificationWorkflow;

/**
 * The starter in a real application context: what it creates from {@code bansao.*}, what it leaves to the
 * application, the register on the application's database or on its own H2 file, the health of the register, a
 * real TSA and a real OCSP responder (the test PKI's, on loopback), and the timers.
 */
class BansaoAutoConfigurationTest {

    private static TestPki pki;
    private static Path pkiFiles;

    @BeforeAll
    static void startPki(@TempDir Path dir) {
        pki = TestPki.start();
        pkiFiles = dir;
        pki.writeTo(dir);
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BansaoAutoConfiguration.class,
                        BansaoRegisterDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
                        BansaoRegisterAutoConfiguration.class, BansaoHealthAutoConfiguration.class));
    }

    private static String memoryDatabase() {
        return "spring.datasource.url=jdbc:h2:mem:starter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static String[] keys() {
        return new String[] {
                "bansao.trust-anchors=" + pkiFiles.resolve("root.pem"),
                "bansao.keys.officer-pkcs12=" + pkiFiles.resolve("officer.p12"),
                "bansao.keys.authority-pkcs12=" + pkiFiles.resolve("authority.p12"),
                "bansao.keys.password-file=" + pkiFiles.resolve("password.txt"),
                "bansao.tsa.url=" + pki.tsaUrl()};
    }

    @Test
    void withoutKeysTheVerifierRegisterAndRemoteSigningAreThereButNoWorkflow() {
        runner().withPropertyValues(memoryDatabase()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(CopyVerifier.class).hasSingleBean(CertificationRegister.class)
                    .hasSingleBean(PadesSigner.class).hasSingleBean(RemoteSigning.class)
                    .doesNotHaveBean(CertificationWorkflow.class).doesNotHaveBean(TsaHealthIndicator.class);
            assertThat(context.getBean(SigningKeys.class).present()).isFalse();
            assertThat(context.getBean(TrustAnchors.class).isEmpty()).isTrue();
            // without a TSA only B-B can be made
            assertThat(context.getBean(PadesSigner.class).level()).isEqualTo(Level.B_B);
            assertThat(context.getBean(CertificationRegister.class).config().agencyCode()).isEqualTo("000.00.12.H29");
        });
    }

    @Test
    void withKeysAndATsaTheWorkflowIsThereAndTheTsaAndOcspAreHealthyUntilTheTsaStops() {
        runner().withPropertyValues(memoryDatabase()).withPropertyValues(keys())
                .withPropertyValues("bansao.agency.code=000.00.00.H56").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(CertificationWorkflow.class);
                    assertThat(context.getBean(SigningKeys.class).officer().orElseThrow().certificate()
                            .getSubjectX500Principal().getName()).contains("Nguyễn Thị Hương");
                    assertThat(context.getBean(PadesSigner.class).level()).isEqualTo(Level.B_LT);
                    assertThat(context.getBean(CertificationRegister.class).config().agencyCode())
                            .isEqualTo("000.00.00.H56");

                    TsaHealthIndicator tsa = context.getBean(TsaHealthIndicator.class);
                    OcspHealthIndicator ocsp = context.getBean(OcspHealthIndicator.class);
                    assertThat(tsa.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(ocsp.health().getStatus()).as(ocsp.health().toString()).isEqualTo(Status.UP);
                    assertThat(ocsp.health().getDetails().toString()).contains(pki.ocspUrl());
                    long before = pki.requestCount(Service.TSA);
                    pki.stop(Service.TSA);
                    try {
                        assertThat(tsa.health().getStatus()).isEqualTo(Status.DOWN);
                    } finally {
                        pki.start(Service.TSA);
                    }
                    assertThat(tsa.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(pki.requestCount(Service.TSA)).isGreaterThan(before);
                    pki.stop(Service.OCSP);
                    try {
                        assertThat(ocsp.health().getStatus()).isEqualTo(Status.DOWN);
                    } finally {
                        pki.start(Service.OCSP);
                    }
                });
    }

    @Test
    void aKeyWithoutTheOtherStopsTheStart() {
        runner().withPropertyValues(memoryDatabase(),
                        "bansao.keys.officer-pkcs12=" + pkiFiles.resolve("officer.p12"),
                        "bansao.keys.password-file=" + pkiFiles.resolve("password.txt"))
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("authority-pkcs12"));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        CopyVerifier own = CopyVerifier.builder().build();
        runner().withPropertyValues(memoryDatabase()).withBean(CopyVerifier.class, () -> own).run(context ->
                assertThat(context.getBean(CopyVerifier.class)).isSameAs(own));
    }

    @Test
    void withoutADatabaseTheRegisterIsAnH2FileOnAHikariPool(@TempDir Path dir) {
        runner().withPropertyValues("bansao.register.file=" + dir.resolve("so-chung-thuc")).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(javax.sql.DataSource.class))
                    .isInstanceOf(com.zaxxer.hikari.HikariDataSource.class);
            RegisterHealthIndicator health = context.getBean(RegisterHealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("treeSize", 0L);
        });
        assertThat(dir.resolve("so-chung-thuc.mv.db")).exists();
    }

    @Test
    void verifyTimesAreRecordedWithTheVerdict() {
        MeterRegistry meters = new SimpleMeterRegistry();
        runner().withPropertyValues(memoryDatabase()).withBean(MeterRegistry.class, () -> meters).run(context -> {
            BansaoTimers timers = context.getBean(BansaoTimers.class);
            CopyVerifier verifier = context.getBean(CopyVerifier.class);
            VerificationReport report = timers.verify(() -> verifier.verify("%PDF-1.7\n%%EOF\n".getBytes(), "x.pdf"));
            assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
            assertThat(meters.get(BansaoTimers.VERIFY).tag("verdict", report.verdict().name()).timer().count())
                    .isEqualTo(1);
            try {
                timers.certify(() -> {
                    throw new IllegalStateException("refused");
                }, o -> "certified");
            } catch (IllegalStateException expected) {
                // recorded below
            }
            assertThat(meters.get(BansaoTimers.CERTIFY).tag("outcome", "IllegalStateException").timer().count())
                    .isEqualTo(1);
        });
    }
}
