package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.register.internal.jdbc.JdbcRegisterStore;
import vn.bansao.register.internal.log.LogAppender;
import vn.bansao.register.spi.LogRow;
import vn.bansao.transparency.lookup.EntryStatus;

/** Issue 13 on the register: dates it assigns, its own book for master-register copies, year closing, the book PDF. */
class IssuingIntegrityTest {

    @TempDir
    Path dir;

    private RegisterConfig.Builder config(MutableClock clock) {
        return RegisterConfig.builder(dir.resolve("register").toString()).agencyCode(Drafts.AGENCY).clock(clock);
    }

    @Test
    void theRegisterAssignsTodaysDateAndRefusesAnyOtherWithoutConsumingANumber() {
        // 7 December 2026, 23:30 in Hà Nội (16:30 UTC): "today" is Vietnam's day, not UTC's
        MutableClock clock = new MutableClock("2026-12-07T16:30:00Z");
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            RegisterEntry first = register.certify(Drafts.sample("Nguyễn Văn An"));
            assertThat(first.date()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(register.certify(Drafts.on(LocalDate.of(2026, 12, 7), "stated today")).number().sequence())
                    .isEqualTo(2);
            // backdated (31/12/2025 then 01/03/2025 got #4 and #5 before) and in the future (2031): refused
            for (LocalDate wrong : List.of(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 3, 1), LocalDate.of(2031, 1, 1),
                    LocalDate.of(2026, 12, 8))) {
                assertThatThrownBy(() -> register.certify(Drafts.on(wrong, "x")))
                        .isInstanceOf(RegisterException.class)
                        .satisfiesAnyOf(t -> assertThat(t).hasMessageContaining("assigns the certification date"),
                                t -> assertThat(t).hasMessageContaining("in the future"));
                assertThatThrownBy(() -> register.reserve(Drafts.on(wrong, "x"))).isInstanceOf(RegisterException.class);
            }
            assertThat(register.treeSize()).isEqualTo(2); // nothing consumed
            assertThat(register.certify(Drafts.sample("next")).number().sequence()).isEqualTo(3);
            assertThat(register.verify().intact()).isTrue();
        }
    }

    @Test
    void importModeTakesPastDatesInOrderMarksThemAndStillRefusesTheFuture() {
        MutableClock clock = new MutableClock("2026-12-07T03:00:00Z");
        try (CertificationRegister paper = CertificationRegister.open(config(clock)
                .importMode("Chuyển sổ giấy năm 2026 sang sổ điện tử").build())) {
            assertThat(paper.config().importMode()).isTrue();
            RegisterEntry e1 = paper.certify(Drafts.on(LocalDate.of(2026, 1, 5), "giấy 1"));
            RegisterEntry e2 = paper.certify(Drafts.on(LocalDate.of(2026, 3, 1), "giấy 2"));
            assertThat(e1.date()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(e2.number().sequence()).isEqualTo(2);
            assertThat(e2.details().notes()).contains("Nhập từ sổ giấy: Chuyển sổ giấy năm 2026 sang sổ điện tử");
            // the paper register is copied in order: a date before the previous entry's is refused
            assertThatThrownBy(() -> paper.certify(Drafts.on(LocalDate.of(2026, 2, 1), "out of order")))
                    .isInstanceOf(RegisterException.class).hasMessageContaining("is before the date of number 2");
            assertThatThrownBy(() -> paper.certify(Drafts.on(LocalDate.of(2031, 1, 1), "future")))
                    .isInstanceOf(RegisterException.class).hasMessageContaining("in the future");
            assertThat(paper.treeSize()).isEqualTo(2);
        }
        assertThatThrownBy(() -> RegisterConfig.builder("x").importMode(" ")).isInstanceOf(IllegalArgumentException.class);
        // back at the counter (no import mode), the past is refused again
        try (CertificationRegister counter = CertificationRegister.open(config(clock).build())) {
            assertThatThrownBy(() -> counter.certify(Drafts.on(LocalDate.of(2026, 3, 2), "x")))
                    .isInstanceOf(RegisterException.class).hasMessageContaining("import mode");
            assertThat(counter.certify(Drafts.sample("today")).number().sequence()).isEqualTo(3);
        }
    }

    @Test
    void signingThatEndsAfterMidnightVoidsTheNumberInsteadOfDatingTheCopyWrongly() {
        MutableClock clock = new MutableClock("2026-12-07T16:59:00Z"); // 23:59 in Hà Nội
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            assertThatThrownBy(() -> register.certify(Drafts.sample("late"), n -> {
                clock.set("2026-12-07T17:00:30Z"); // 00:00:30 on 8 December in Hà Nội
                return "ab".repeat(32);
            })).isInstanceOf(RegisterException.class).hasMessageContaining("after the certification day");
            RegisterEntry e = register.find(2026, 1).orElseThrow();
            assertThat(e.status()).isEqualTo(EntryStatus.VOID);
            assertThat(e.voidReason()).contains("07/12/2026");
            assertThat(register.verify().intact()).isTrue();
        }
    }

    @Test
    void aStatedFeeMustBeTheSchedulesAndARefusedOneConsumesNoNumber() {
        MutableClock clock = new MutableClock("2026-12-07T03:00:00Z");
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            EntryDraft twoPages = Drafts.sample("A").toBuilder().pages(2).copies(1).build();
            assertThatThrownBy(() -> register.certify(twoPages.toBuilder().fee(999L).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4.000");
            assertThatThrownBy(() -> register.certify(twoPages.toBuilder().pages(5).fee(4_000L).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7.000");
            assertThat(register.treeSize()).isZero();
            RegisterEntry ok = register.certify(twoPages.toBuilder().fee(4_000L).build());
            assertThat(ok.number().sequence()).isEqualTo(1);
            assertThatThrownBy(() -> register.correct(ok.number(), ok.details().toBuilder().fee(1L).build(), "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(register.treeSize()).isEqualTo(1);
        }
    }

    @Test
    void copiesFromTheMasterRegisterHaveTheirOwnRegisterBookAndStatus() throws Exception {
        MutableClock clock = new MutableClock("2026-12-07T03:00:00Z");
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            register.certify(Drafts.sample("bản chính"));
            EntryDraft master = Drafts.sample("sổ gốc").toBuilder().kind(CertificationKind.FROM_MASTER_REGISTER).build();
            RegisterEntry m = register.certify(master);
            assertThat(m.number().registerType()).isEqualTo(RegisterTypes.MASTER_REGISTER_COPIES).isEqualTo("SSG/BS");
            assertThat(m.number().sequence()).isEqualTo(1); // its own series
            assertThat(m.number().format()).isEqualTo("1, Quyển số 01/2026-SSG/BS");
            assertThat(m.statusLabel()).isEqualTo("Đã cấp");
            assertThat(register.find(Drafts.AGENCY, "SCT/BS", 2026, 1).orElseThrow().statusLabel())
                    .isEqualTo("Đã chứng thực");
            // a master-register copy stated in the certification series, or the reverse, is refused before numbering
            assertThatThrownBy(() -> register.certify(master.toBuilder().registerType("SCT/BS").build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("master register");
            assertThatThrownBy(() -> register.certify(Drafts.sample("x").toBuilder().registerType("SSG/BS").build()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(register.treeSize()).isEqualTo(2);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            register.exportCsv(2026, csv);
            String text = csv.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("SSG/BS").contains("Cấp từ sổ gốc,Đã cấp").contains("Đã chứng thực");
            assertThat(text).contains("Tổng năm 2026 (000.00.00.H56, sổ SSG/BS)");
        }
        try (CertificationRegister custom = CertificationRegister.open(RegisterConfig.builder(
                dir.resolve("custom").toString()).agencyCode(Drafts.AGENCY).clock(clock).masterRegisterType("SCBS/SG")
                .build())) {
            assertThat(custom.certify(Drafts.sample("y").toBuilder().kind(CertificationKind.FROM_MASTER_REGISTER).build())
                    .number().registerType()).isEqualTo("SCBS/SG");
        }
        assertThatThrownBy(() -> RegisterConfig.builder("z").masterRegisterType("SCT/BS").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearClosesOnlyAfterItEndsThenTakesNoEntryNoVoidAndCorrectionsShowBesideTheClosingLine() throws Exception {
        MutableClock clock = new MutableClock("2025-12-31T10:00:00Z");
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            RegisterEntry a = register.certify(Drafts.sample("A"));
            RegisterEntry b = register.certify(Drafts.sample("B"));
            register.voidEntry(b.number(), "Sai thông tin");
            // the current year and a future one cannot be closed (it would block the rest of December for good)
            assertThatThrownBy(() -> register.closeYear(2025, Optional.empty())).isInstanceOf(RegisterException.class)
                    .hasMessageContaining("only be closed after the year ends");
            assertThatThrownBy(() -> register.closeYear(2026, Optional.empty())).isInstanceOf(RegisterException.class);
            clock.set("2025-12-31T16:59:59Z"); // 23:59:59 in Hà Nội: still 2025
            assertThatThrownBy(() -> register.closeYear(Drafts.AGENCY, "SCT/BS", 2025, Optional.empty()))
                    .isInstanceOf(RegisterException.class);
            clock.set("2025-12-31T17:00:00Z"); // 00:00 on 1 January 2026 in Hà Nội
            YearClosing closing = register.closeYear(2025, Optional.empty()).get(0);
            assertThat(closing.total()).isEqualTo(2);
            assertThat(closing.voided()).isEqualTo(1);

            assertThatThrownBy(() -> register.voidEntry(a.number(), "late void")).isInstanceOf(RegisterException.class)
                    .hasMessageContaining("is closed");
            assertThatThrownBy(() -> register.correct(a.number(), a.details(), " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            // a correction after closing: a new row referencing the entry; the closing totals stay as closed
            RegisterEntry corrected = register.correct(a.number(),
                    a.details().toBuilder().requesterName("Nguyễn Văn Á").pages(9).fee(null).build(), "Sai dấu tên");
            assertThat(corrected.details().requesterName()).isEqualTo("Nguyễn Văn Á");
            assertThat(corrected.details().notes()).contains("Đính chính: Sai dấu tên");
            LogRecord last = corrected.latestRecord().orElseThrow();
            assertThat(last.kind()).isEqualTo(RecordKind.CORRECTION);
            assertThat(last.leafIndex()).isGreaterThan(closing.leafIndex());

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            register.exportCsv(2025, csv);
            String text = csv.toString(StandardCharsets.UTF_8);
            // totals at the closing (3 pages × 2 copies = 10.000 đồng), agreeing with the closing line ...
            assertThat(text).contains("Tổng năm 2025, khi khóa sổ: 2 số (đã chứng thực 1, hủy 1); 2 bản; lệ phí 10.000 đồng");
            assertThat(text).contains("Khóa sổ ngày 01/01/2026: Khóa sổ năm 2025: tổng số 2 việc chứng thực (1 số bị hủy)");
            // ... and the later correction listed beside it, naming its row
            assertThat(text).contains("Đính chính sau khóa sổ (dòng " + last.leafIndex() + "): số 1, Quyển số 01/2025-SCT/BS"
                    + " — Đính chính: Sai dấu tên");
            int closingLine = text.indexOf("Khóa sổ ngày");
            assertThat(text.indexOf("Đính chính sau khóa sổ")).isGreaterThan(closingLine);
            LogVerification v = register.verify();
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
        }
    }

    @Test
    void verifyNamesAVoidOrANumberWrittenAfterTheClosingAndAClosingWhoseTotalsDisagree() {
        MutableClock clock = new MutableClock("2025-06-01T03:00:00Z");
        Path file = dir.resolve("register");
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            register.certify(Drafts.sample("A"));
            register.certify(Drafts.sample("B"));
            clock.set("2026-01-05T03:00:00Z");
            register.closeYear(2025, Optional.empty());
        }
        // a writer that bypasses the API (an old version, a script) but recomputes every hash correctly
        try (JdbcRegisterStore store = JdbcRegisterStore.open(JdbcRegisterStore.h2Url(file), "sa", "", "unused")) {
            // (a register over the caller's store: closing the store closes it)
            RegisterEntry two = CertificationRegister.open(config(clock).build(), store).find(2025, 2).orElseThrow();
            store.inAppendTransaction(tx -> LogAppender.append(tx, new LogRow(tx.treeSize(),
                    RecordKind.VOID, Drafts.AGENCY, "SCT/BS", 2025, 1, 2, two.leafIndex(), two.date(), "", "", "", "",
                    "", "", 0, 0, "", "", 0, "", "", "", "late void", "", "2026-01-06T03:00:00Z", "", "")));
        }
        try (CertificationRegister register = CertificationRegister.open(config(clock).build())) {
            LogVerification v = register.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.findings()).anyMatch(f -> f.problem() == LogVerification.Problem.INSERTED
                    && f.message().contains("after the 2025 closing"));
        }
        // a closing that states fewer voids than the log holds
        Path other = dir.resolve("other");
        try (JdbcRegisterStore store = JdbcRegisterStore.open(JdbcRegisterStore.h2Url(other), "sa", "", "o")) {
            CertificationRegister r = CertificationRegister.open(RegisterConfig.builder(other.toString())
                    .agencyCode(Drafts.AGENCY).clock(new MutableClock("2025-06-01T03:00:00Z")).build(), store);
            r.voidEntry(r.certify(Drafts.sample("A")).number(), "hủy");
            store.inAppendTransaction(tx -> LogAppender.append(tx, new LogRow(tx.treeSize(),
                    RecordKind.YEAR_CLOSING, Drafts.AGENCY, "SCT/BS", 2025, 1, 0, -1, LocalDate.of(2026, 1, 5), "", "",
                    "", "", "", "", 0, 0, "", "", 0, "", "", "", "Khóa sổ năm 2025: tổng số 1 (0 số bị hủy)",
                    "o\nKhóa sổ / year closing\nagency " + Drafts.AGENCY + "\ntype SCT/BS\nyear 2025\ntotal 1\nvoid 0\n",
                    "2026-01-05T03:00:00Z", "", "")));
        }
        try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(other.toString()).build())) {
            assertThat(register.verify().findings()).anyMatch(f -> f.problem() == LogVerification.Problem.EDITED
                    && f.message().contains("void count does not match"));
        }
    }

    @Test
    void theRegisterBookPdfNamesTheAgencyKeepsIdsOnOneLineAndFormatsDatesAndAmounts() throws Exception {
        MutableClock clock = new MutableClock("2026-12-07T03:00:00Z");
        try (CertificationRegister register = CertificationRegister.open(config(clock)
                .agencyName("UBND phường Hải Châu, thành phố Đà Nẵng").build())) {
            for (int i = 1; i <= 3; i++) {
                register.certify(Drafts.sample("Nguyễn Thị Minh Khai " + i).toBuilder()
                        .requesterId("CCCD:04819300" + (1234 + i)).documentDate(java.time.LocalDate.of(2020, 6, 30)).pages(120).copies(1)
                        .documentNumber("QĐ-2020/123456789").build());
            }
            Path pdf = dir.resolve("so-2026.pdf");
            try (var out = Files.newOutputStream(pdf)) {
                register.exportPdf(2026, out);
            }
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("UBND phường Hải Châu, thành phố Đà Nẵng").contains("000.00.00.H56");
                // ID, document number, book and dates each on one line (a wrapped ID reads as two values)
                assertThat(text).contains("CCCD:048193001235").contains("QĐ-2020/123456789")
                        .contains("01/2026-SCT/BS").contains("07/12/2026").contains("30/06/2020");
                assertThat(text).doesNotContain("2020-06-30");
                // 2 × 2,000 + 118 × 1,000 = 122,000 per copy
                assertThat(text).contains("122.000").contains("lệ phí 366.000 đồng");
            }
            if (System.getenv("BANSAO_KEEP_PDF") != null) {
                Files.copy(pdf, Path.of(System.getenv("BANSAO_KEEP_PDF")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
