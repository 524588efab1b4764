package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.transparency.merkle.MerkleVerifier;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;

class CertificationRegisterTest {

    @TempDir
    Path dir;

    private CertificationRegister open() {
        return CertificationRegister.open(RegisterConfig.builder(dir.resolve("register.mv.db").toString())
                .agencyCode(Drafts.AGENCY).build());
    }

    private CertificationRegister open(Clock clock) {
        return CertificationRegister.open(RegisterConfig.builder(dir.resolve("register.mv.db").toString())
                .agencyCode(Drafts.AGENCY).clock(clock).build());
    }

    @Test
    void numbersAreGaplessFormattedAndFeesComputed() {
        try (CertificationRegister register = open(Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC))) {
            LocalDate d = LocalDate.of(2026, 11, 22);
            for (int i = 1; i <= 5; i++) {
                RegisterEntry e = register.certify(Drafts.on(d, "Nguyễn Văn " + i));
                assertThat(e.number().sequence()).isEqualTo(i);
                assertThat(e.status()).isEqualTo(EntryStatus.CERTIFIED);
            }
            RegisterEntry third = register.find(2026, 3).orElseThrow();
            assertThat(third.number().format()).isEqualTo("3, Quyển số 01/2026-SCT/BS");
            // 3 pages: 2×2,000 + 1×1,000 = 5,000 per copy, 2 copies
            assertThat(third.details().fee()).hasValue(10_000);
            assertThat(third.details().requesterName()).isEqualTo("Nguyễn Văn 3");
            assertThat(register.list(RegisterQuery.year(2026))).extracting(e -> e.number().sequence())
                    .containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(register.verify().intact()).isTrue();
        }
    }

    @Test
    void sequenceContinuesAcrossBooksAndRestartsOnFirstJanuaryInVietnam() {
        // 2026-12-31 23:59 in Hà Nội is 16:59 UTC; 2027-01-01 00:00 there is 17:00 UTC on 31 December
        Clock beforeNewYear = Clock.fixed(Instant.parse("2026-12-31T16:59:00Z"), ZoneOffset.UTC);
        Clock afterNewYear = Clock.fixed(Instant.parse("2026-12-31T17:00:00Z"), ZoneOffset.UTC);
        String file = dir.resolve("years").toString();
        try (CertificationRegister r = CertificationRegister.open(RegisterConfig.builder(file)
                .agencyCode(Drafts.AGENCY).clock(beforeNewYear).build())) {
            assertThat(r.certify(Drafts.sample("A")).number()).isEqualTo(
                    new CertificationNumber(Drafts.AGENCY, "SCT/BS", 2026, 1, 1));
            RegisterEntry b2 = r.certify(Drafts.sample("B").toBuilder().book(2).build());
            assertThat(b2.number().book()).isEqualTo(2);
            assertThat(b2.number().sequence()).isEqualTo(2); // a new book continues the sequence
        }
        try (CertificationRegister r = CertificationRegister.open(RegisterConfig.builder(file)
                .agencyCode(Drafts.AGENCY).book(2).clock(afterNewYear).build())) {
            RegisterEntry first2027 = r.certify(Drafts.sample("C"));
            assertThat(first2027.number().year()).isEqualTo(2027);
            assertThat(first2027.number().sequence()).isEqualTo(1);
            assertThat(first2027.number().format()).isEqualTo("1, Quyển số 02/2027-SCT/BS");
            // other register types have their own series
            RegisterEntry sig = r.certify(Drafts.sample("D").toBuilder().registerType(RegisterTypes.SIGNATURES).build());
            assertThat(sig.number().sequence()).isEqualTo(1);
            assertThat(r.verify().intact()).isTrue();
        }
    }

    @Test
    void twoPhaseFailureLeavesAVoidEntryNotAHole() {
        try (CertificationRegister register = open()) {
            String sha = "ab".repeat(32);
            RegisterEntry ok = register.certify(Drafts.sample("Lê Văn Cường"), n -> sha);
            assertThat(ok.status()).isEqualTo(EntryStatus.CERTIFIED);
            assertThat(ok.signedCopySha256()).isEqualTo(sha);
            assertThat(ok.records()).extracting(LogRecord::kind).containsExactly(RecordKind.RESERVATION, RecordKind.COMPLETION);

            assertThatThrownBy(() -> register.certify(Drafts.sample("Phạm Thị Dung"), n -> {
                throw new IllegalStateException("HSM không phản hồi");
            })).isInstanceOf(IllegalStateException.class);
            RegisterEntry failed = register.find(ok.number().year(), 2).orElseThrow();
            assertThat(failed.status()).isEqualTo(EntryStatus.VOID);
            assertThat(failed.voidReason()).contains("HSM không phản hồi");

            RegisterEntry next = register.certify(Drafts.sample("Hoàng Văn Em"));
            assertThat(next.number().sequence()).isEqualTo(3);
            assertThat(register.verify().intact()).isTrue();
        }
    }

    @Test
    void correctionsAndVoidsAreNewRowsAndTransitionsAreChecked() {
        try (CertificationRegister register = open()) {
            RegisterEntry e = register.certify(Drafts.sample("Nguyen Van A"));
            RegisterEntry corrected = register.correct(e.number(),
                    e.details().toBuilder().requesterName("Nguyễn Văn Á").build());
            assertThat(corrected.details().requesterName()).isEqualTo("Nguyễn Văn Á");
            assertThat(corrected.corrected()).isTrue();
            assertThat(corrected.number()).isEqualTo(e.number());
            RegisterEntry voided = register.voidEntry(e.number(), "Người yêu cầu rút hồ sơ");
            assertThat(voided.status()).isEqualTo(EntryStatus.VOID);
            assertThatThrownBy(() -> register.voidEntry(e.number(), "again")).isInstanceOf(RegisterException.class)
                    .hasMessageContaining("already void");
            assertThatThrownBy(() -> register.complete(e.number(), "cd".repeat(32)))
                    .isInstanceOf(RegisterException.class).hasMessageContaining("not reserved");
            CertificationNumber unknown = new CertificationNumber(Drafts.AGENCY, "SCT/BS", e.number().year(), 1, 99);
            assertThatThrownBy(() -> register.voidEntry(unknown, "x")).isInstanceOf(RegisterException.class)
                    .hasMessageContaining("not in the register");
            assertThat(register.treeSize()).isEqualTo(3);
            assertThat(register.list(RegisterQuery.year(e.number().year()).withStatus(EntryStatus.VOID))).hasSize(1);
        }
    }

    @Test
    void checkpointsAreSignedNotesAndProofsVerifyAgainstThem() throws Exception {
        for (String alg : List.of("Ed25519", "EC")) {
            Path p12 = TestKeys.pkcs12(dir, alg);
            Path db = dir.resolve("cp-" + alg);
            try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(db.toString())
                    .agencyCode(Drafts.AGENCY).build())) {
                NoteSigner signer = NoteSigner.fromPkcs12(p12, TestKeys.PASSWORD.toCharArray(), register.origin());
                for (int i = 0; i < 7; i++) {
                    register.certify(Drafts.sample("Người " + i));
                }
                SignedCheckpoint first = register.checkpoint(signer);
                assertThat(first.note()).startsWith("bansao.vn/register/000.00.00.H56\n7\n");
                assertThat(first.note()).contains("\n\n\u2014 bansao.vn/register/000.00.00.H56 ");
                NoteVerifier verifier = NoteVerifier.parse(signer.verifier().verifierKey());
                Checkpoint cp7 = first.verify(verifier);
                assertThat(cp7.size()).isEqualTo(7);

                RegisterEntry e = register.find(LocalDate.now(RegisterConfig.VIETNAM).getYear(), 4).orElseThrow();
                InclusionProof proof = register.inclusionProof(e.number()).orElseThrow();
                assertThat(proof.treeSize()).isEqualTo(7);
                // a v2 leaf: the requester only as part of the salted commitment
                assertThat(proof.leafJson()).contains("\"v\":2", "\"private\":\"").doesNotContain("Người 3");
                assertThat(proof.verify(verifier).size()).isEqualTo(7);

                for (int i = 7; i < 12; i++) {
                    register.certify(Drafts.sample("Người " + i));
                }
                Checkpoint cp12 = register.checkpoint(signer).verify(verifier);
                register.consistencyProof(7, 12).verify(cp7.rootHash(), cp12.rootHash());
                register.consistencyProof(7, 12).verify(cp7, cp12);
                // a proof against a tampered root fails
                byte[] bad = cp12.rootHash();
                bad[0] ^= 1;
                assertThatThrownBy(() -> register.consistencyProof(7, 12).verify(cp7.rootHash(), bad))
                        .isInstanceOf(vn.bansao.transparency.merkle.MerkleProofException.class);
                // a checkpoint signed by another key is refused
                String forged = first.note().replace("\n7\n", "\n8\n");
                assertThatThrownBy(() -> verifier.open(forged)).isInstanceOf(NoteVerificationException.class);
                InclusionProof current = register.inclusionProof(11, 12);
                MerkleVerifier.verifyInclusion(11, 12, current.leafHash(), current.path(), cp12.rootHash());
                LogVerification v = register.verify();
                assertThat(v.intact()).as(v.findings().toString()).isTrue();
                assertThat(v.checkpointsChecked()).isEqualTo(2);
            }
        }
    }

    @Test
    void configurationNeverPrintsThePassword() {
        RegisterConfig c = RegisterConfig.builder("jdbc:postgresql://db/register?password=leak1")
                .credentials("register", "s3cret-pw").build();
        assertThat(c.toString()).doesNotContain("s3cret-pw").doesNotContain("leak1").contains("register");
        RegisterConfig h2 = RegisterConfig.builder(dir.resolve("x").toString()).build();
        assertThat(h2.user()).isEqualTo("sa");
        assertThat(h2.password()).isEmpty();
        assertThat(h2.jdbcUrl()).startsWith("jdbc:h2:file:").contains(";AUTO_SERVER=TRUE");
    }

    @Test
    void rsaKeysAreRefusedWithAClearMessage() throws Exception {
        Path p12 = TestKeys.pkcs12(dir, "RSA");
        assertThatThrownBy(() -> NoteSigner.fromPkcs12(p12, TestKeys.PASSWORD.toCharArray(), "bansao.vn/register"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA");
        assertThatThrownBy(() -> NoteSigner.fromPkcs12(p12, "wrong".toCharArray(), "bansao.vn/register"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong password");
    }

    @Test
    void closingAYearWritesASignedTotalAndStopsNumbering() throws Exception {
        Path p12 = TestKeys.pkcs12(dir, "Ed25519");
        MutableClock clock = new MutableClock("2025-05-01T03:00:00Z");
        try (CertificationRegister register = open(clock)) {
            NoteSigner signer = NoteSigner.fromPkcs12(p12, TestKeys.PASSWORD.toCharArray(), register.origin());
            LocalDate d = LocalDate.of(2025, 5, 1);
            register.certify(Drafts.on(d, "A"));
            RegisterEntry b = register.certify(Drafts.on(d, "B"));
            register.certify(Drafts.on(d, "C"));
            register.voidEntry(b.number(), "Sai thông tin");
            RegisterEntry pending = register.reserve(Drafts.on(d, "D"));
            clock.set("2026-01-02T03:00:00Z");
            assertThatThrownBy(() -> register.closeYear(2025, Optional.of(signer)))
                    .isInstanceOf(RegisterException.class).hasMessageContaining("still reserved");
            register.complete(pending.number(), "ef".repeat(32));
            List<YearClosing> closed = register.closeYear(2025, Optional.of(signer));
            assertThat(closed).hasSize(1);
            assertThat(closed.get(0).total()).isEqualTo(4);
            assertThat(closed.get(0).voided()).isEqualTo(1);
            assertThat(signer.verifier().open(closed.get(0).signedNote())).contains("total 4\n");
            assertThatThrownBy(() -> register.certify(Drafts.on(d, "E"))).isInstanceOf(RegisterException.class);
            assertThat(register.certify(Drafts.on(LocalDate.of(2026, 1, 2), "F")).number().sequence()).isEqualTo(1);
            LogVerification v = register.verify();
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
            // the signed closing is checked against the keys that signed here; an unknown key is not trusted
            NoteSigner other = NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "EC"), TestKeys.PASSWORD.toCharArray(),
                    register.origin());
            assertThat(register.verify(other.verifier()).findings())
                    .anyMatch(f -> f.problem() == LogVerification.Problem.BAD_CHECKPOINT && f.message().contains("2025"));
        }
    }

    @Test
    void exportsCsvWithBomAndPdfInLandscapeWithTotals() throws Exception {
        try (CertificationRegister register = open(Clock.fixed(Instant.parse("2026-03-08T03:00:00Z"), ZoneOffset.UTC))) {
            LocalDate d = LocalDate.of(2026, 3, 8);
            register.certify(Drafts.on(d, "Nguyễn Thị Hường"));
            RegisterEntry v = register.certify(Drafts.on(d, "Đặng Quốc Việt").toBuilder().notes("=SUM(A1)").build());
            register.voidEntry(v.number(), "Hồ sơ giả mạo, đã chuyển công an");
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            register.exportCsv(2026, csv);
            byte[] bytes = csv.toByteArray();
            assertThat(HexFormat.of().formatHex(bytes, 0, 3)).isEqualTo("efbbbf");
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).contains("Số chứng thực,Quyển số,Ngày chứng thực,Họ tên người yêu cầu");
            assertThat(text).contains("Nguyễn Thị Hường").contains("'=SUM(A1)").contains("Đã hủy");
            assertThat(text).contains("Tổng năm 2026: 2 số (đã chứng thực 1, hủy 1); 2 bản; lệ phí 10.000 đồng");
            assertThat(text).contains(",10.000,").contains(",30/06/2020,");

            Path pdf = dir.resolve("so-2026.pdf");
            try (var out = Files.newOutputStream(pdf)) {
                register.exportPdf(2026, out);
            }
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
                String pdfText = new PDFTextStripper().getText(doc);
                assertThat(pdfText).contains("SỔ CHỨNG THỰC BẢN SAO ĐIỆN TỬ — NĂM 2026")
                        .contains("Nguyễn Thị Hường").contains("Đặng Quốc Việt").contains("Tổng năm 2026");
            }
            // an independent reader (poppler): every font embedded, and it is DejaVu Sans
            Process pdffonts = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
            String fonts = new String(pdffonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pdffonts.waitFor()).isZero();
            List<String> fontLines = fonts.lines().skip(2).toList();
            assertThat(fontLines).isNotEmpty().allMatch(l -> l.contains("DejaVuSans") && l.contains(" yes "));
        }
    }
}
