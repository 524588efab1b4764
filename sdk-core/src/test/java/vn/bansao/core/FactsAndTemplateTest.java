package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.core.facts.StatementTemplate;
import vn.bansao.core.read.CertifiedCopyReader;

class FactsAndTemplateTest {

    @Test
    void factsRoundTripThroughJsonAndAreNfc() throws Exception {
        CertificationFacts f = TestScans.facts(CertificationKind.FROM_ORIGINAL);
        assertThat(FactsJson.read(new ByteArrayInputStream(FactsJson.write(f).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(f);
        // decomposed "Nguyễn" (e + circumflex + tilde as combining marks) is stored composed
        String decomposed = "Nguye\u0302\u0303n";
        CertificationFacts d = f.toBuilder().requester(decomposed, "1").build();
        assertThat(d.requesterName()).isEqualTo("Nguyễn").hasSize(6);
        assertThatThrownBy(() -> FactsJson.read(new ByteArrayInputStream("{\"kind\":\"FROM_ORIGINAL\"}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    }

    @Test
    void defaultTemplatesFollowTheDomainWording() {
        CertificationFacts f = TestScans.facts(CertificationKind.FROM_ORIGINAL);
        List<String> lines = StatementTemplate.defaultFor(f.kind()).renderText(f);
        assertThat(lines.get(0)).isEqualTo("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH");
        // number and book on lines of their own, then the date, in the signer column
        assertThat(lines).containsSubsequence("Số chứng thực: 123", "Quyển số: 01/2026-SCT/BS", "Ngày 22 tháng 11 năm 2026",
                "NGƯỜI THỰC HIỆN CHỨNG THỰC", "Trần Thị Bình", "CƠ QUAN CHỨNG THỰC");
        assertThat(lines).contains("Lệ phí: 4.000 đồng.");
        CertificationFacts m = f.toBuilder().kind(CertificationKind.FROM_MASTER_REGISTER).noFee()
                .document("Giấy khai sinh", "UBND xã An Bình", "", f.documentDate()).build();
        List<String> ml = StatementTemplate.defaultFor(m.kind()).renderText(m);
        assertThat(ml.get(0)).isEqualTo("BẢN SAO ĐIỆN TỬ ĐƯỢC CẤP TỪ SỔ GỐC");
        assertThat(ml).noneMatch(l -> l.startsWith("Lệ phí"));
        assertThat(ml).contains("Sổ gốc: Giấy khai sinh, ngày 01/07/2010, do UBND xã An Bình lập.");
    }

    @Test
    void aProvinceTemplateIsPrintedAndChecked() throws Exception {
        StatementTemplate province = StatementTemplate.of(List.of(
                "# LỜI CHỨNG CỦA UBND TỈNH ĐẮK LẮK",
                "Chứng thực bản sao đúng với bản chính. Số {number}, quyển {book}.",
                "## {certifierName}",
                StatementTemplate.OFFICER_SIGNATURE,
                StatementTemplate.AUTHORITY_SIGNATURE));
        CertificationFacts f = TestScans.facts(CertificationKind.FROM_ORIGINAL);
        byte[] pdf = CertifiedCopy.builder().scan(ScanSource.of("a.png", TestScans.png(TestScans.page(60, 80, 1))))
                .facts(f).template(province).build().toBytes();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            String text = s.getText(d).replaceAll("\\s+", " ").strip();
            assertThat(text).isEqualTo("LỜI CHỨNG CỦA UBND TỈNH ĐẮK LẮK Chứng thực bản sao đúng với bản chính. "
                    + "Số 123, quyển 01/2026-SCT/BS. Trần Thị Bình Quét để kiểm tra");
        }
        assertThat(CertifiedCopyReader.read(pdf).signatureFields()).hasSize(2);
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        // a copy from the master register carries no officer signature box
        assertThatThrownBy(() -> CertifiedCopy.builder().scan(ScanSource.of("a.png", new byte[] {1}))
                .facts(f.toBuilder().kind(CertificationKind.FROM_MASTER_REGISTER).build()).template(province).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("officer_signature");
        assertThatThrownBy(() -> StatementTemplate.of(List.of("# {unknown}", StatementTemplate.OFFICER_SIGNATURE,
                StatementTemplate.AUTHORITY_SIGNATURE))
                .render(f)).hasMessageContaining("{unknown}");
    }
}
