package vn.bansao.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.bansao.core.codes.AgencyCode;

/**
 * The facts' agency code is an {@link AgencyCode} (QCVN 102:2016 or Decision 20/2020), refused otherwise with an
 * {@link InvalidFactsException} naming the field: the code is printed on the statement, is the first field of the
 * QR payload ({@code 1|agency|book|number|digest}) and is the key of the register lookup.
 */
class FactsCodesTest {

    private static CertificationFacts.Builder facts(String agencyCode) {
        return CertificationFacts.builder().kind(CertificationKind.FROM_ORIGINAL).number(12).book("01/2026-SCT/BS")
                .registerType("SCT/BS").date(LocalDate.of(2026, 12, 7))
                .certifyingBody("UBND phường Bến Nghé", agencyCode).requester("Nguyễn Văn An", "079123456789")
                .document("Bằng tốt nghiệp", "Trường Đại học Cần Thơ", "A1", LocalDate.of(2010, 7, 1))
                .pages(2).copies(1).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch");
    }

    @Test
    void bothOfficialFormsAreAccepted() {
        CertificationFacts qcvn = facts(" 000.00.12.H29 ").build();
        assertThat(qcvn.agencyCode()).isEqualTo("000.00.12.H29");
        assertThat(qcvn.agency().form()).isEqualTo(AgencyCode.Form.QCVN_102_2016);
        assertThat(facts("H55.242").build().agency().form()).isEqualTo(AgencyCode.Form.DECISION_20_2020);
    }

    @Test
    void codesThatAreNoAgencyCodeAreRefusedNamingTheField() {
        // lower-case level letter; a Cyrillic "Н" that prints like H; a QR-payload separator smuggling another book and
        // number into the code; free text
        for (String bad : new String[] {"000.00.12.h29", "000.00.12.\u041D29", "000.00.12.H29|01/2025-SCT/BS|7",
                "UBND phường Bến Nghé", " "}) {
            assertThatThrownBy(() -> facts(bad).build()).as(bad)
                    .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
                        assertThat(e.field()).isEqualTo("agencyCode");
                        assertThat(e.code()).isEqualTo("INVALID_FACTS");
                        // each language gets its own text, both naming the field
                        assertThat(e.message(vn.bansao.common.BansaoException.VIETNAMESE)).contains("agencyCode")
                                .isNotEqualTo(e.message(java.util.Locale.ENGLISH));
                        assertThat(e.getMessage()).contains("agencyCode").doesNotContain(" / ");
                    });
        }
    }

    @Test
    void otherFieldsAreNamedToo() {
        assertThatThrownBy(() -> facts("000.00.12.H29").requester(" ", "079123456789").build())
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.field()).isEqualTo("requesterName"));
        assertThatThrownBy(() -> facts("000.00.12.H29").document("Bằng", "Trường", "", null).build())
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.field()).isEqualTo("documentDate"));
        assertThatThrownBy(() -> facts("000.00.12.H29").copies(0).build())
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.field()).isEqualTo("copies"));
        assertThatThrownBy(() -> facts("000.00.12.H29").number(0).build())
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.field()).isEqualTo("number"));
    }

    @Test
    void aFactsFileWithABadCodeIsRefusedTheSameWay() {
        String json = FactsJson.write(facts("000.00.12.H29").build()).replace("000.00.12.H29", "000.00.12.H29 (Q1)");
        assertThatThrownBy(() -> FactsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.field()).isEqualTo("agencyCode"))
                .hasMessageContaining("000.00.12.H29 (Q1)");
    }

    @Test
    void theXmpPropertyNamesOfSignedCopiesStay() {
        CertificationFacts f = facts("000.00.12.H29").fee(4_000).build();
        assertThat(f.xmpProperties()).containsEntry("bodyCode", "000.00.12.H29")
                .containsEntry("originalTitle", "Bằng tốt nghiệp").containsEntry("originalDate", "2010-07-01")
                .containsEntry("fee", "4000").doesNotContainKey("portalUrl");
    }
}
