package vn.bansao.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.fee.FeeSchedule;
import vn.bansao.core.TestScans;

/** Issue 13 item 3: facts that contradict the fee schedule or their own book are refused by every build. */
class FactsConsistencyTest {

    private static CertificationFacts.Builder facts() {
        return CertificationFacts.builder().kind(CertificationKind.FROM_ORIGINAL).number(12).book("01/2026-SCT/BS")
                .registerType("SCT/BS").date(LocalDate.of(2026, 12, 7))
                .certifyingBody("UBND phường Bến Nghé", "000.00.12.H29").requester("Nguyễn Văn An", "079123456789")
                .document("Bằng tốt nghiệp", "Trường Đại học Cần Thơ", "A1", LocalDate.of(2010, 7, 1))
                .pages(2).copies(1).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch");
    }

    @Test
    void theFourContradictionsOfTheIssueAreRefused() {
        FeeSchedule fs = FeeSchedule.CIRCULAR_226_2016;
        assertThatCode(() -> FactsConsistency.check(facts().fee(4_000).build(), fs)).doesNotThrowAnyException();
        assertThatCode(() -> FactsConsistency.check(facts().build(), fs)).doesNotThrowAnyException(); // no fee stated
        assertThatThrownBy(() -> FactsConsistency.check(facts().fee(999).build(), fs))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999").hasMessageContaining("4.000");
        assertThatThrownBy(() -> FactsConsistency.check(facts().pages(5).fee(4_000).build(), fs))
                .hasMessageContaining("7.000");
        assertThatThrownBy(() -> FactsConsistency.check(facts().book("01/2025-SCT/BS").build(), fs))
                .hasMessageContaining("the 2025 register but the certification is dated 2026");
        assertThatThrownBy(() -> FactsConsistency.check(facts().book("01/2026-SCT/CK,ĐC").build(), fs))
                .hasMessageContaining("belongs to the SCT/CK,ĐC register, the facts say SCT/BS");
        assertThatThrownBy(() -> FactsConsistency.check(facts().book("quyển một").build(), fs))
                .hasMessageContaining("not of the form");
        // another province's tariff: checked against that one
        FeeSchedule eCopies = FeeSchedule.builder().firstPagesFee(1_500).build();
        assertThatCode(() -> FactsConsistency.check(facts().fee(3_000).build(), eCopies)).doesNotThrowAnyException();
    }

    @Test
    void everyBuildRunsTheCheckAndRequireIssuedNamesEachDifference() throws Exception {
        ScanSource scan = ScanSource.of("p1.jpg", TestScans.jpeg(TestScans.page(1240, 1754, 1), 0.9f));
        assertThatThrownBy(() -> CertifiedCopy.builder().sources(java.util.List.of(scan)).facts(facts().fee(999).build())
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fee schedule");
        CertifiedCopy ok = CertifiedCopy.builder().sources(java.util.List.of(scan)).facts(facts().fee(4_000).build()).build();
        assertThatThrownBy(() -> ok.withFacts(facts().book("01/2025-SCT/BS").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertifiedCopy.builder().sources(java.util.List.of(scan)).facts(facts().fee(4_000).build())
                .feeSchedule(FeeSchedule.builder().firstPagesFee(1_500).build()).build())
                .hasMessageContaining("3.000");

        CertificationFacts f = facts().build();
        assertThatCode(() -> FactsConsistency.requireIssued(f, 12, "01/2026-SCT/BS", "SCT/BS", LocalDate.of(2026, 12, 7)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> FactsConsistency.requireIssued(f, 13, "02/2026-SCT/BS", "SCT/BS",
                LocalDate.of(2026, 12, 8))).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("number").contains("book").contains("date")
                        .doesNotContain("register type"));
    }
}
