package vn.bansao.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterConfig;
import vn.bansao.register.RegisterEntry;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** Issue 13 items 1, 3, 4 through the workflow: the copy states the register's date, number, book and fee. */
@ExtendWith(TestPkiExtension.class)
class RegisterIssuedFactsTest {

    /** 7 December 2026, 10:00 in Hà Nội. */
    private static final Clock DESK_DAY = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);

    private static CertificationWorkflow desk(CertificationRegister register, TestPki pki) {
        return new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                CertificationWorkflowTest.key(pki.officer()), CertificationWorkflowTest.key(pki.authority()));
    }

    @Test
    void theCopyAndTheRegisterCarryTheRegistersDateNotTheFactsFiles(TestPki pki, @TempDir Path dir) throws Exception {
        Path scan = SampleScans.seed(3).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(
                dir.resolve("reg").toString()).clock(DESK_DAY).build())) {
            // the facts file says 22/11 (as in the issue); the desk certifies on 07/12
            CertificationFacts stale = CertificationWorkflowTest.facts(1).toBuilder().date(LocalDate.of(2026, 11, 22))
                    .book("01/2026-SCT/BS").build();
            CertificationWorkflow.Outcome done = desk(register, pki).certify(List.of(scan), stale, dir.resolve("c.pdf"));
            assertThat(done.entry().date()).isEqualTo(LocalDate.of(2026, 12, 7));
            CertificationFacts printed = CertifiedCopyReader.read(dir.resolve("c.pdf")).facts();
            assertThat(printed.date()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(printed.number()).isEqualTo(done.entry().number().sequence());
            assertThat(printed.book()).isEqualTo(done.entry().number().bookLabel());
            assertThat(printed.fee()).hasValue(done.entry().details().fee().orElseThrow());
        }
    }

    @Test
    void contradictoryFactsAreRefusedBeforeANumberIsConsumed(TestPki pki, @TempDir Path dir) throws Exception {
        Path scan = SampleScans.seed(4).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(
                dir.resolve("reg").toString()).clock(DESK_DAY).build())) {
            CertificationWorkflow desk = desk(register, pki);
            CertificationFacts ok = CertificationWorkflowTest.facts(2).toBuilder().copies(1).build();
            List<CertificationFacts> wrong = List.of(
                    ok.toBuilder().fee(999).build(),                                   // 2 pages cost 4.000
                    ok.toBuilder().pages(5).fee(4_000).build(),                        // 5 pages cost 7.000
                    ok.toBuilder().book("01/2025-SCT/BS").build(),                     // another year's book
                    ok.toBuilder().book("01/2026-SCT/CK,ĐC").build(),                  // another register's book
                    ok.toBuilder().kind(CertificationKind.FROM_MASTER_REGISTER).build()); // master copy in SCT/BS
            for (CertificationFacts f : wrong) {
                assertThatThrownBy(() -> desk.certify(List.of(scan), f, dir.resolve("x.pdf")))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(register.treeSize()).isZero();
            assertThat(dir.resolve("x.pdf")).doesNotExist();
            assertThat(desk.certify(List.of(scan), ok.toBuilder().fee(4_000).build(), dir.resolve("ok.pdf")).entry()
                    .number().sequence()).isEqualTo(1);
        }
    }

    @Test
    void aCopyFromTheMasterRegisterIsNumberedInItsOwnBook(TestPki pki, @TempDir Path dir) throws Exception {
        Path scan = SampleScans.seed(5).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(
                dir.resolve("reg").toString()).clock(DESK_DAY).build())) {
            CertificationWorkflow desk = desk(register, pki);
            desk.certify(List.of(scan), CertificationWorkflowTest.facts(1), dir.resolve("a.pdf"));
            CertificationFacts master = CertificationWorkflowTest.facts(1).toBuilder()
                    .kind(CertificationKind.FROM_MASTER_REGISTER).registerType("SSG/BS").book("01/2026-SSG/BS").build();
            CertificationWorkflow.Outcome m = desk.certify(List.of(scan), master, dir.resolve("m.pdf"));
            RegisterEntry e = m.entry();
            assertThat(e.number().format()).isEqualTo("1, Quyển số 01/2026-SSG/BS");
            assertThat(e.statusLabel()).isEqualTo("Đã cấp");
            assertThat(m.signing().officer()).isEmpty();
            assertThat(CertifiedCopyReader.read(dir.resolve("m.pdf")).facts().book()).isEqualTo("01/2026-SSG/BS");
        }
    }
}
