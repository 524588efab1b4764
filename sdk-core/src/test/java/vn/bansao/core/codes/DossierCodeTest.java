package vn.bansao.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void parsesAndFormatsRoundTrip() {
        DossierCode code = DossierCode.parse("000.00.00.H56-221130-0001");
        assertThat(code.agency().value()).isEqualTo("000.00.00.H56");
        assertThat(code.receivedOn()).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(code.sequence()).isEqualTo(1);
        assertThat(code.value()).isEqualTo("000.00.00.H56-221130-0001");
        assertThat(DossierCode.of(AgencyCode.parse("000.00.00.H56"), LocalDate.of(2026, 11, 25), 42).value())
                .isEqualTo("000.00.00.H56-261125-0042");
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> DossierCode.parse("000.00.00.H56-230229-0001"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("230229")
                .hasMessageContaining("does not exist");
        assertThat(DossierCode.tryParse("000.00.00.H56-240229-0001")).isPresent(); // 2024 is a leap year
    }

    @Test
    void refusesWrongShapes() {
        assertThat(DossierCode.tryParse("000.00.00.H56-221130-0000")).isEmpty();
        assertThat(DossierCode.tryParse("000.00.00.H56-221130-001")).isEmpty();
        assertThat(DossierCode.tryParse("xx-221130-0001")).isEmpty();
        assertThat(DossierCode.tryParse(null)).isEmpty();
    }
}
