package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** JSON (versioned schema), Vietnamese and English text, and DSS's ETSI XML on request. */
class ReportFormatsTest {

    static final Path ORIGINAL = SharedCorpora.corpus("dss-pades-validation").resolve("pdf-signed-original.pdf");
    static final Path ATTACK = SharedCorpora.corpus("dss-pades-validation").resolve("pdf-signed-added-page.pdf");

    @Test
    void jsonFollowsTheDocumentedSchema() throws Exception {
        VerificationReport r = CopyVerifier.builder().build().verify(ATTACK);
        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertThat(j.get("schema").asText()).isEqualTo("bansao-verification/1");
        assertThat(j.get("file").asText()).endsWith("pdf-signed-added-page.pdf");
        assertThat(j.get("verdict").asText()).isEqualTo("INVALID");
        assertThat(j.get("sha256").asText()).hasSize(64);
        assertThat(j.get("reasons").get(0).get("code").asText()).isEqualTo("CHANGE_OTHER");
        assertThat(j.get("reasons").get(0).get("vi").asText()).contains("sửa đổi");
        JsonNode sig = j.get("signatures").get(0);
        for (String field : new String[] {"field", "role", "indication", "subIndication", "signer", "claimedSigningTime",
                "timestampTime", "level", "chain", "trustAnchor", "revocation", "algorithms", "docMdp", "changesAfter",
                "changeDetails", "findings"}) {
            assertThat(sig.has(field)).as(field).isTrue();
        }
        assertThat(sig.get("indication").asText()).isEqualTo("TOTAL_FAILED");
        assertThat(sig.get("changesAfter").asText()).isEqualTo("OTHER");
        assertThat(j.get("document").get("pages").asInt()).isEqualTo(2);
        assertThat(j.has("register")).isTrue();
    }

    @Test
    void textIsVietnameseByDefaultAndEnglishOnRequest() {
        VerificationReport r = CopyVerifier.builder().build().verify(ATTACK);
        assertThat(r.toText()).contains("Kết luận: KHÔNG HỢP LỆ").contains("Người ký")
                .contains("Thay đổi sau khi ký: THAY ĐỔI KHÔNG ĐƯỢC PHÉP");
        assertThat(r.toText(Language.EN)).contains("Verdict: INVALID").contains("Signer").contains("Changes after signing");
    }

    @Test
    void etsiXmlOnlyWhenAsked() {
        assertThat(CopyVerifier.builder().build().verify(ORIGINAL).etsiXml()).isEmpty();
        VerificationReport r = CopyVerifier.builder().etsiReport(true).build().verify(ORIGINAL);
        assertThat(r.etsiXml()).hasValueSatisfying(x -> assertThat(x).contains("ValidationReport")
                .contains("SignatureValidationReport"));
    }

    @Test
    void vietnameseTextCarriesNoEnglishCodesOfItsOwn() {
        String vi = CopyVerifier.builder().build().verify(ORIGINAL).toText();
        assertThat(vi).doesNotContain("TOTAL_PASSED").doesNotContain("TOTAL_FAILED (").doesNotContain("SIGNATURES_AND_FORM_FILL")
                .doesNotContain("VALIDATION_DATA_AND_TIMESTAMPS").doesNotContain("PADES_BASELINE");
        String attacked = CopyVerifier.builder().build().verify(ATTACK).toText();
        assertThat(attacked).contains("không đạt - sai định dạng hoặc tài liệu bị sửa sau khi ký (FORMAT_FAILURE)");
    }

    @Test
    void anInputThatCannotBeReadIsAnInputErrorNotAVerdictOnACopy(@org.junit.jupiter.api.io.TempDir Path dir) {
        VerificationReport r = CopyVerifier.builder().build().verify(dir);
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(r.reasons()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("INPUT_UNREADABLE");
            assertThat(f.vi()).contains("thư mục");
            assertThat(f.en()).contains("folder");
        });
    }
}
