package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.verify.internal.report.ReportText;

/**
 * The text report's labels come from the report bundles and read as before: every label renders in both languages,
 * and the Vietnamese and English reports of a real certified copy (testkit PKI, B-LTA) carry the exact lines the
 * ternaries wrote (the values that change per run, times and key material, are left out of the comparison).
 */
@ExtendWith(TestPkiExtension.class)
class TextReportLabelsTest {

    @Test
    void everyLabelRendersInBothLanguages() {
        for (ReportText t : ReportText.values()) {
            // as many arguments as the longest pattern takes (the remote register findings name both checkpoints)
            Object[] args = {"X", "X", "X", "X", "X", "X", "X"};
            String vi = t.in(Language.VI, args);
            String en = t.in(Language.EN, args);
            assertThat(vi).as(t.name()).isNotBlank().isNotEqualTo(t.name()).doesNotContain("{").isNotEqualTo(en);
            assertThat(en).as(t.name()).isNotBlank().isNotEqualTo(t.name()).doesNotContain("{");
            // no stray indentation or colon in a label: the writer owns the layout
            assertThat(vi).as(t.name()).doesNotStartWith(" ").doesNotEndWith(":");
        }
    }

    @Test
    void changeCategoriesHaveTheirWordsInBothLanguages() {
        assertThat(Arrays.stream(ChangeCategory.values()).map(c -> c.label(Language.VI)).toList()).containsExactly(
                "không có", "dữ liệu kiểm tra và dấu thời gian", "thêm chữ ký, điền biểu mẫu", "thêm chú thích",
                "thay đổi không được phép");
        assertThat(Arrays.stream(ChangeCategory.values()).map(c -> c.label(Language.EN)).toList()).containsExactly(
                "none", "validation data and timestamps", "signatures and form filling", "annotations", "forbidden changes");
    }

    @Test
    void aCertifiedCopyReadsTheSameInVietnameseAndEnglish(TestPki pki) {
        VerificationReport r = SignedCopies.verifier(pki).verify(SignedCopies.signedCopy(pki, Level.B_LTA), "copy.pdf");
        assertThat(r.verdict()).as(r.toText(Language.EN)).isEqualTo(Verdict.VALID);
        List<String> vi = r.toText(Language.VI).lines().toList();
        List<String> en = r.toText(Language.EN).lines().toList();

        assertThat(vi).startsWith("Tệp: copy.pdf", "Kết luận: HỢP LỆ");
        assertThat(vi).contains("Số trang: 4", "Số chứng thực: 123 - quyển số 01/2026-SCT/BS (2026)", "Trang quét khớp danh mục: 3/3",
                "  Vai trò: người thực hiện chứng thực", "  Vai trò: cơ quan chứng thực", "  Vai trò: dấu thời gian tài liệu",
                "  Kết quả (ETSI): đạt", "  Mức PAdES: B-LTA", "  Mức PAdES: không xác định",
                "  Thay đổi sau khi ký: thêm chữ ký, điền biểu mẫu",
                "  Thay đổi sau khi ký: dữ liệu kiểm tra và dấu thời gian (được phép)");
        assertThat(vi).anyMatch(l -> l.startsWith("Tuyên bố PDF/A: PDF/A-3"))
                .anyMatch(l -> l.matches("Chữ ký 1 \\(.+\\)"))
                .anyMatch(l -> l.startsWith("  Người ký: "))
                .anyMatch(l -> l.startsWith("  Số CCCD: "))
                .anyMatch(l -> l.startsWith("  Mã số thuế: "))
                .anyMatch(l -> l.startsWith("  Đơn vị cấp chứng thư: "))
                .anyMatch(l -> l.matches("  Hiệu lực chứng thư: \\d\\d/\\d\\d/\\d{4} .* GMT\\+7 - .*"))
                .anyMatch(l -> l.startsWith("  Chứng thư gốc tin cậy: "))
                .anyMatch(l -> l.startsWith("  Dấu thời gian: "))
                .anyMatch(l -> l.startsWith("  Tình trạng thu hồi khi ký: chưa bị thu hồi ("))
                .anyMatch(l -> l.startsWith("  Thuật toán: ") && l.endsWith(" bit - đạt Thông tư 15/2025"));

        assertThat(en).startsWith("File: copy.pdf", "Verdict: VALID");
        assertThat(en).contains("Pages: 4", "Certification number: 123 - book 01/2026-SCT/BS (2026)",
                "Scanned pages matching the manifest: 3/3",
                "  Role: certifying officer", "  Role: certifying authority", "  Role: document timestamp",
                "  Result (ETSI): TOTAL_PASSED (passed)", "  PAdES level: B-LTA", "  PAdES level: none",
                "  Changes after signing: signatures and form filling",
                "  Changes after signing: validation data and timestamps (allowed)");
        assertThat(en).anyMatch(l -> l.startsWith("PDF/A claim: PDF/A-3"))
                .anyMatch(l -> l.matches("Signature 1 \\(.+\\)"))
                .anyMatch(l -> l.startsWith("  Signer: "))
                .anyMatch(l -> l.startsWith("  Citizen ID (CCCD): "))
                .anyMatch(l -> l.startsWith("  Tax code (MST): "))
                .anyMatch(l -> l.startsWith("  Issuer: "))
                .anyMatch(l -> l.startsWith("  Certificate validity: "))
                .anyMatch(l -> l.startsWith("  Trust anchor: "))
                .anyMatch(l -> l.startsWith("  Timestamp: "))
                .anyMatch(l -> l.startsWith("  Revocation at signing time: not revoked ("))
                .anyMatch(l -> l.startsWith("  Algorithms: ") && l.endsWith(" bit - meets Circular 15/2025"));

        // the same report line for line: the blank lines between sections at the same places
        assertThat(vi).hasSameSizeAs(en);
        for (int i = 0; i < vi.size(); i++) {
            assertThat(vi.get(i).isEmpty()).as("line " + i + ": " + vi.get(i) + " / " + en.get(i)).isEqualTo(en.get(i).isEmpty());
        }
    }
}
