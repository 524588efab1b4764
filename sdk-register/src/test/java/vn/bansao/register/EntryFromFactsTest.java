package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.InvalidFactsException;

/** The register line is derived from the one facts model; what the register records reads back as stated. */
class EntryFromFactsTest {

    @TempDir
    Path dir;

    private static CertificationFacts facts(CertificationKind kind, String registerType) {
        return CertificationFacts.builder()
                .kind(kind).number(1).book("01/2026-" + registerType).registerType(registerType)
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Hải Châu", Drafts.AGENCY)
                .requester("Nguyễn Văn An", "CCCD:001200012345")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Bách khoa Hà Nội", "QH-123", LocalDate.of(2020, 6, 30))
                .pages(3).copies(2).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch")
                .build();
    }

    private CertificationRegister open() {
        return CertificationRegister.open(RegisterConfig.builder(dir.resolve("register.mv.db").toString())
                .agencyCode(Drafts.AGENCY)
                .clock(Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC)).build());
    }

    @Test
    void everyColumnComesFromTheFactsAndReadsBackTyped() {
        CertificationFacts f = facts(CertificationKind.FROM_ORIGINAL, "SCT/BS");
        EntryDraft draft = EntryDraft.from(f);
        assertThat(draft.agencyCode()).isEqualTo(f.agencyCode());
        assertThat(draft.registerType()).isEqualTo("SCT/BS");
        assertThat(draft.documentTitle()).isEqualTo(f.documentTitle());
        assertThat(draft.documentIssuer()).isEqualTo(f.documentIssuer());
        assertThat(draft.documentNumber()).isEqualTo("QH-123");
        assertThat(draft.documentDate()).contains(LocalDate.of(2020, 6, 30));
        assertThat(draft.kind()).isEqualTo(CertificationKind.FROM_ORIGINAL);
        assertThat(draft.fee()).isEmpty(); // the register's schedule decides
        assertThat(draft.date()).isEmpty(); // and the date
        try (CertificationRegister register = open()) {
            RegisterEntry e = register.certify(draft);
            EntryDraft read = register.find(e.number()).orElseThrow().details();
            assertThat(read.documentDate()).contains(LocalDate.of(2020, 6, 30));
            assertThat(read.kind()).isEqualTo(CertificationKind.FROM_ORIGINAL);
            assertThat(read.certifierName()).isEqualTo("Trần Thị Bình");
            assertThat(read.fee()).hasValue(10_000);
        }
    }

    @Test
    void aCopyFromTheMasterRegisterKeepsItsKindAndIsLabelledIssued() {
        EntryDraft draft = EntryDraft.from(facts(CertificationKind.FROM_MASTER_REGISTER, "SSG/BS"));
        try (CertificationRegister register = open()) {
            RegisterEntry e = register.certify(draft);
            assertThat(e.details().kind()).isEqualTo(CertificationKind.FROM_MASTER_REGISTER);
            assertThat(e.statusLabel()).isEqualTo("Đã cấp");
        }
    }

    @Test
    void aMalformedAgencyCodeGetsNoNumber() {
        try (CertificationRegister register = open()) {
            EntryDraft bad = Drafts.sample("x").toBuilder().agencyCode("000.00.12.h29").build();
            assertThatThrownBy(() -> register.certify(bad))
                    .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
                        assertThat(e.field()).isEqualTo("agencyCode");
                        // the code's own reason in each language, not the English text twice
                        assertThat(e.message(vn.bansao.common.BansaoException.VIETNAMESE)).contains("000.00.12.h29")
                                .isNotEqualTo(e.message(java.util.Locale.ENGLISH));
                    })
                    .hasMessageContaining("000.00.12.h29");
            assertThat(register.list(RegisterQuery.year(2026))).isEmpty();
        }
    }

    @Test
    void documentDatesAreReadInEitherWrittenForm() {
        assertThat(EntryDraft.documentDateOf("2020-06-30")).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(EntryDraft.documentDateOf("30/06/2020")).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThatThrownBy(() -> EntryDraft.documentDateOf("31/02/2020")).hasMessageContaining("31/02/2020");
        assertThatThrownBy(() -> EntryDraft.documentDateOf("2020-02-31")).hasMessageContaining("2020-02-31");
        assertThatThrownBy(() -> EntryDraft.documentDateOf("tháng 6 năm 2020"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tháng 6 năm 2020");
    }
}
