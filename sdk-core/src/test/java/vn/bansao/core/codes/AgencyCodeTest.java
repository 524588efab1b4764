package vn.bansao.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @Test
    void qcvnFormIsReadRightToLeft() {
        AgencyCode unit = AgencyCode.parse("000.00.31.H56");
        assertThat(unit.form()).isEqualTo(AgencyCode.Form.QCVN_102_2016);
        assertThat(unit.levels()).containsExactly("H56", "31");
        assertThat(unit.rootKind()).contains('H');
        assertThat(unit.parent()).map(AgencyCode::value).contains("000.00.00.H56");
        assertThat(AgencyCode.parse("000.00.00.H56").parent()).isEmpty();
        assertThat(AgencyCode.parse("001.02.31.H56").levels()).containsExactly("H56", "31", "02", "001");
        assertThat(AgencyCode.parse("001.02.31.H56").parent()).map(AgencyCode::value).contains("000.02.31.H56");
    }

    @Test
    void decision20FormIsReadLeftToRight() {
        AgencyCode code = AgencyCode.parse("H55.242");
        assertThat(code.form()).isEqualTo(AgencyCode.Form.DECISION_20_2020);
        assertThat(code.levels()).isEqualTo(List.of("H55", "242"));
        assertThat(code.parent()).map(AgencyCode::value).contains("H55");
        assertThat(code.rootKind()).contains('H');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.00.h56", "000.00.00.556", "H55..242", "h55.242", "H55-242",
            "A234567890123456789012345678901234567", "Sở Tư pháp"})
    void refusesMalformedCodesWithBothLanguages(String text) {
        assertThatThrownBy(() -> AgencyCode.parse(text))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("Invalid agency code")
                .satisfies(e -> assertThat(((InvalidCodeException) e).message(vn.bansao.common.BansaoException.VIETNAMESE))
                        .contains("Mã cơ quan không hợp lệ"));
        assertThat(AgencyCode.tryParse(text)).isEmpty();
    }

    @Test
    void aliasesFollowChainsAndRefuseCycles() {
        AgencyCodeAliases aliases = AgencyCodeAliases.of(Map.of(
                "000.00.00.H55", "000.00.00.H56", "000.00.00.H56", "H56.1"));
        assertThat(aliases.resolve(AgencyCode.parse("000.00.00.H55")).value()).isEqualTo("H56.1");
        assertThat(aliases.resolve(AgencyCode.parse("000.00.00.H01")).value()).isEqualTo("000.00.00.H01");
        assertThatThrownBy(() -> AgencyCodeAliases.of(Map.of("H1", "H2", "H2", "H1")))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("cycle");
    }
}
