package vn.bansao.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcedureCodeTest {

    @Test
    void readsNationalLocalAndOnlineVariants() {
        ProcedureCode national = ProcedureCode.parse("2.000815");
        assertThat(national.agency()).isEmpty();
        assertThat(national.onlineVariant()).isEmpty();

        ProcedureCode local = ProcedureCode.parse("2.000815.000.00.00.H55");
        assertThat(local.base()).isEqualTo(ProcedureCode.CERTIFY_COPY_FROM_ORIGINAL);
        assertThat(local.agency()).map(AgencyCode::value).contains("000.00.00.H55");
        assertThat(local.sameProcedureAs(national)).isTrue();
        assertThat(local.value()).isEqualTo("2.000815.000.00.00.H55");

        ProcedureCode online = ProcedureCode.parse("2.000815.000.00.00.H55.01");
        assertThat(online.onlineVariant()).contains("01");
        assertThat(ProcedureCode.parse("1.001234.02").onlineVariant()).contains("02");
    }

    @Test
    void refusesOtherShapes() {
        assertThatThrownBy(() -> ProcedureCode.parse("2.00081"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("Invalid procedure code");
        assertThat(ProcedureCode.tryParse("2.000815.H55")).isEmpty();
        assertThat(ProcedureCode.tryParse("2.000815.000.00.00.H55.1")).isEmpty();
    }
}
