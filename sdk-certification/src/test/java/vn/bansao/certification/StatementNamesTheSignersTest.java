package vn.bansao.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterConfig;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterQuery;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.trust.RolePolicy;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.VerificationReport;

/** Issue 13 item 2 through the workflow: the copy and the register name the real signers, or nothing is numbered. */
@ExtendWith(TestPkiExtension.class)
class StatementNamesTheSignersTest {

    private static CertificationWorkflow desk(CertificationRegister register, TestPki pki) {
        return new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                CertificationWorkflowTest.key(pki.officer()), CertificationWorkflowTest.key(pki.authority()));
    }

    @Test
    void aStatementNamingAnotherCertifierIsRefusedBeforeANumberIsConsumed(TestPki pki, @TempDir Path dir) {
        Path scan = SampleScans.seed(9).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            // the copy: "Trần Thị Bình" printed under "Ký bởi: Nguyễn Thị Hương"
            CertificationFacts other = CertificationWorkflowTest.facts(1).toBuilder()
                    .certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch").build();

            assertThatThrownBy(() -> desk(register, pki).certify(List.of(scan), other, dir.resolve("x.pdf")))
                    .isInstanceOfSatisfying(CertificationRefusedException.class, e -> assertThat(e.refusal())
                            .isEqualTo(CertificationRefusedException.Code.STATEMENT_MISMATCH))
                    .hasMessageContaining("Trần Thị Bình").hasMessageContaining("Nguyễn Thị Hương");
            CertificationFacts otherBody = CertificationWorkflowTest.facts(1).toBuilder()
                    .certifyingBody("UBND Phường Đa Kao", "000.00.12.H29").build();
            assertThatThrownBy(() -> desk(register, pki).certify(List.of(scan), otherBody, dir.resolve("x.pdf")))
                    .isInstanceOf(CertificationRefusedException.class).hasMessageContaining("UBND Phường Đa Kao");

            assertThat(register.list(RegisterQuery.year(register.today().getYear()))).isEmpty();
            assertThat(dir.resolve("x.pdf")).doesNotExist();
        }
    }

    @Test
    void theCopyAndTheRegisterCarryTheCertificatesNamesAndTheCopyVerifiesWithoutRoleWarnings(TestPki pki,
                                                                                              @TempDir Path dir) {
        Path scan = SampleScans.seed(12).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(
                dir.resolve("reg").toString()).agencyName("UBND Phường Bến Nghé").build())) {
            // same people, typed differently at the desk
            CertificationFacts typed = CertificationWorkflowTest.facts(1).toBuilder()
                    .certifier("NGUYỄN THỊ HƯƠNG", "công chức tư pháp - hộ tịch")
                    .certifyingBody("UBND phường Bến Nghé", "000.00.12.H29").build();

            CertificationWorkflow.Outcome done = desk(register, pki).certify(List.of(scan), typed, dir.resolve("c.pdf"));

            CertificationFacts printed = CertifiedCopyReader.read(dir.resolve("c.pdf")).facts();
            assertThat(printed.certifierName()).isEqualTo("Nguyễn Thị Hương");
            assertThat(printed.certifierTitle()).isEqualTo("Công chức Tư pháp - Hộ tịch");
            assertThat(printed.bodyName()).isEqualTo("UBND Phường Bến Nghé");
            RegisterEntry entry = register.find(done.entry().number()).orElseThrow();
            assertThat(entry.details().certifierName()).isEqualTo("Nguyễn Thị Hương");
            assertThat(entry.details().certifierTitle()).isEqualTo("Công chức Tư pháp - Hộ tịch");

            VerificationReport report = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .build().verify(dir.resolve("c.pdf"));
            assertThat(report.toJson()).doesNotContain("ROLE_OFFICER_NAME").doesNotContain("ROLE_OFFICER_TITLE")
                    .doesNotContain("ROLE_AUTHORITY_BODY");
        }
    }

    @Test
    void aRegisterKeptForAnotherBodyIsRefusedBeforeANumberIsConsumed(TestPki pki, @TempDir Path dir) {
        Path scan = SampleScans.seed(13).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(
                dir.resolve("reg").toString()).agencyName("UBND Phường Đa Kao").build())) {
            assertThatThrownBy(() -> desk(register, pki).certify(List.of(scan), CertificationWorkflowTest.facts(1),
                    dir.resolve("c.pdf")))
                    .isInstanceOf(CertificationRefusedException.class)
                    .hasMessageContaining("UBND Phường Đa Kao").hasMessageContaining("UBND Phường Bến Nghé");
            assertThat(register.list(RegisterQuery.year(register.today().getYear()))).isEmpty();
        }
    }

    @Test
    void factsThatLeaveTheNamesOutGetThemFromTheKeys(TestPki pki, @TempDir Path dir) throws Exception {
        Path scan = SampleScans.seed(14).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(vn.bansao.core.facts.FactsJson.write(CertificationWorkflowTest.facts(1)));
        json.remove("certifier");
        json.with("certifyingBody").remove("name");
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = desk(register, pki);
            desk.certify(List.of(scan), FactsInput.read(json.toString(), desk.signers()), dir.resolve("c.pdf"));

            CertificationFacts printed = CertifiedCopyReader.read(dir.resolve("c.pdf")).facts();
            assertThat(printed.certifierName()).isEqualTo("Nguyễn Thị Hương");
            assertThat(printed.bodyName()).isEqualTo("UBND Phường Bến Nghé");
            assertThat(RolePolicy.defaults().check(RolePolicy.Role.OFFICER, pki.officer().certificate(),
                    Optional.of(printed.certifierName()), Optional.of(printed.certifierTitle()))).isEmpty();
        }
    }
}
