package vn.bansao.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterQuery;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

@ExtendWith(TestPkiExtension.class)
class PreflightBeforeAllocationTest {

    @Test
    void aBatchWithAMissingOutputFolderAllocatesNoNumber(TestPki pki, @TempDir Path dir) throws Exception {
        SampleScans.seed(1).a4Jpeg(150).writeTo(dir.resolve("a.jpg"));
        Files.writeString(dir.resolve("facts.json"), FactsJson.write(CertificationWorkflowTest.facts(1)));
        Path batch = Files.writeString(dir.resolve("campaign.jsonl"), String.join("\n",
                "{\"id\": \"HS-1\", \"scans\": [\"a.jpg\"], \"facts\": \"facts.json\", \"out\": \"missing/1.pdf\"}",
                "{\"id\": \"HS-2\", \"scans\": [\"a.jpg\"], \"facts\": \"facts.json\", \"out\": \"missing/2.pdf\"}"));
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                    CertificationWorkflowTest.key(pki.officer()), CertificationWorkflowTest.key(pki.authority()));

            BatchCertification.Summary s = new BatchCertification(desk, register, batch).run((d, t, id) -> { });

            assertThat(s.failures()).hasSize(2);
            assertThat(s.failures().get(0).reason()).contains("không có thư mục").contains("no such folder");
            assertThat(register.list(RegisterQuery.year(register.today().getYear()))).isEmpty();
        }
    }

    @Test
    void anOutputThatIsADirectoryOrAMissingScanIsRefusedBeforeAllocation(TestPki pki, @TempDir Path dir) throws Exception {
        SampleScans.seed(1).a4Jpeg(150).writeTo(dir.resolve("a.jpg"));
        Files.createDirectories(dir.resolve("copy.pdf"));
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                    CertificationWorkflowTest.key(pki.officer()), CertificationWorkflowTest.key(pki.authority()));
            assertThatThrownBy(() -> desk.certify(List.of(dir.resolve("a.jpg")), CertificationWorkflowTest.facts(1),
                    dir.resolve("copy.pdf")))
                    .isInstanceOfSatisfying(CertificationRefusedException.class, e -> assertThat(e.bilingualMessage())
                            .contains("là một thư mục").contains("is a directory"));
            assertThatThrownBy(() -> desk.certify(List.of(dir.resolve("nope.jpg")), CertificationWorkflowTest.facts(1),
                    dir.resolve("ok.pdf")))
                    .hasMessageContaining("Không có ảnh quét").hasMessageContaining("no such scan");
            assertThat(register.list(RegisterQuery.year(register.today().getYear()))).isEmpty();
        }
    }

    @Test
    void aTsaThatDoesNotAnswerCostsNoNumberWhenTheLevelTimeStamps(TestPki pki, @TempDir Path dir) throws Exception {
        SampleScans.seed(2).a4Jpeg(150).writeTo(dir.resolve("a.jpg"));
        String deadTsa = "http://127.0.0.1:" + closedPort() + "/tsa";
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = new CertificationWorkflow(register,
                    PadesSigner.builder().level(Level.B_T).tsa(deadTsa).build(),
                    CertificationWorkflowTest.key(pki.officer()), CertificationWorkflowTest.key(pki.authority()))
                    .withTsaCheck(deadTsa);

            assertThatThrownBy(() -> desk.certify(List.of(dir.resolve("a.jpg")), CertificationWorkflowTest.facts(1),
                    dir.resolve("copy.pdf")))
                    .isInstanceOfSatisfying(CertificationRefusedException.class, e -> assertThat(e.refusal())
                            .isEqualTo(CertificationRefusedException.Code.TSA_UNREACHABLE))
                    .hasMessageContaining(deadTsa);
            assertThat(register.list(RegisterQuery.year(register.today().getYear()))).isEmpty();
            assertThat(dir.resolve("copy.pdf")).doesNotExist();
        }
    }

    /** A loopback port nothing listens on (bound, then released). */
    static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aPermissionDeniedWriteIsNamedInBothLanguages() {
        // the tests run as root, which bypasses permissions: the mapping of the file system's failure is checked
        CertificationRefusedException e = OutputFiles.failure(Path.of("/x/copy.pdf"),
                new AccessDeniedException("/x/copy.pdf"));
        assertThat(e.messageVi()).contains("không có quyền ghi");
        assertThat(e.messageEn()).contains("permission denied");
    }
}
