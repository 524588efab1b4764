package vn.bansao.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterQuery;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

@ExtendWith(TestPkiExtension.class)
class CertificationWorkflowTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    static CertificationFacts facts(int pages) {
        return CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(99).book("09/2026-SCT/BS").registerType("SCT/BS")
                .date(DAY).certifyingBody("UBND Phường Bến Nghé", "000.00.12.H29")
                .requester("Lê Thị Ánh", "079123456780")
                .document("Giấy khai sinh", "UBND Phường Bến Nghé", "12/2001", LocalDate.of(2001, 3, 4))
                .pages(pages).copies(2).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .build();
    }

    static SigningKey key(Identity id) {
        return SigningKey.of(id.privateKey(), id.chain());
    }

    @Test
    void numberComesFromTheRegisterAndTheEntryHoldsTheSignedCopysHash(TestPki pki, @TempDir Path dir) {
        Path scan = SampleScans.seed(7).a4Jpeg(200).writeTo(dir.resolve("p1.jpg"));
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                    key(pki.officer()), key(pki.authority()));

            CertificationWorkflow.Outcome first = desk.certify(List.of(scan), facts(1), dir.resolve("a.pdf"));
            CertificationWorkflow.Outcome second = desk.certify(List.of(scan), facts(1), dir.resolve("b.pdf"));

            assertThat(first.entry().number().sequence()).isEqualTo(1);
            assertThat(second.entry().number().sequence()).isEqualTo(2);
            // what is printed on the copy is what the register allocated, not the facts file's 99
            assertThat(CertifiedCopyReader.read(dir.resolve("b.pdf")).facts().number()).isEqualTo(2);
            RegisterEntry entry = register.find(2026, 2).orElseThrow();
            assertThat(entry.status()).isEqualTo(EntryStatus.CERTIFIED);
            assertThat(entry.signedCopySha256()).isEqualTo(CertificationWorkflow.sha256Hex(dir.resolve("b.pdf")));
            // Circular 226/2016: one page, two copies = 2 × 2,000 VND
            assertThat(entry.details().fee()).hasValue(4_000);
            // the register line is the printed facts' own (one model): same names, same kind, the original's LocalDate
            CertificationFacts printed = CertifiedCopyReader.read(dir.resolve("b.pdf")).facts();
            EntryDraft derived = EntryDraft.from(printed);
            assertThat(entry.details()).usingRecursiveComparison()
                    .ignoringFields("date", "book", "scanDigest", "unsignedPackageSha256", "signedCopySha256", "notes")
                    .isEqualTo(derived);
            assertThat(entry.details().documentDate()).contains(LocalDate.of(2001, 3, 4));
            assertThat(entry.details().kind()).isEqualTo(CertificationKind.FROM_ORIGINAL);
            assertThat(entry.number().agencyCode()).isEqualTo(printed.agencyCode());
            assertThat(entry.date()).isEqualTo(printed.date());
        }
    }

    @Test
    void aFailureAfterAllocationLeavesAVoidEntryAndNoFile(TestPki pki, @TempDir Path dir) throws Exception {
        Path scan = SampleScans.seed(8).a4Jpeg(200).writeTo(dir.resolve("p1.jpg"));
        Identity expired = pki.issue(IdentitySpec.expiredOfficer());
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow broken = new CertificationWorkflow(register,
                    PadesSigner.builder().level(Level.B_B).build(), key(expired), key(pki.authority()));
            Path out = dir.resolve("copy.pdf");

            assertThatThrownBy(() -> broken.certify(List.of(scan), facts(1), out)).isInstanceOf(RuntimeException.class);

            assertThat(out).doesNotExist();
            RegisterEntry voided = register.find(2026, 1).orElseThrow();
            assertThat(voided.status()).isEqualTo(EntryStatus.VOID);
            assertThat(voided.voidReason()).isNotBlank();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unsigned"));
            }
            // the next certification continues the sequence: no hole, no reuse
            CertificationWorkflow desk = new CertificationWorkflow(register,
                    PadesSigner.builder().level(Level.B_B).build(), key(pki.officer()), key(pki.authority()));
            assertThat(desk.certify(List.of(scan), facts(1), out).entry().number().sequence()).isEqualTo(2);
        }
    }

    @Test
    void badScansAreRefusedBeforeANumberIsConsumed(TestPki pki, @TempDir Path dir) throws Exception {
        Path notAScan = Files.writeString(dir.resolve("trang-1.jpg"), "không phải ảnh");
        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                    key(pki.officer()), key(pki.authority()));

            assertThatThrownBy(() -> desk.certify(List.of(notAScan), facts(1), dir.resolve("x.pdf")))
                    .isInstanceOf(ScanRejectedException.class)
                    .hasMessageContaining("trang-1.jpg");
            assertThat(register.list(RegisterQuery.year(2026))).isEmpty();
        }
    }
}
