package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;

/** Every code of the register has a Vietnamese and an English text. */
class RegisterErrorTextsTest {

    @Test
    void everyCodeHasBothTexts() {
        assertThat(BundleCheck.problems(RegisterError.values())).isEmpty();
        assertThat(BundleCheck.problems(vn.bansao.register.internal.RegisterText.values())).isEmpty();
    }

    @Test
    void unavailableNamesWhereInBothLanguages() {
        RegisterUnavailableException e = new RegisterUnavailableException("append", new SQLException("Connection refused"));
        assertThat(e.code()).isEqualTo("REGISTER_UNAVAILABLE");
        assertThat(e).isInstanceOf(BansaoException.class);
        assertThat(e.getMessage()).isEqualTo("the register database is unavailable (append); nothing was written: Connection refused");
        assertThat(e.message(BansaoException.VIETNAMESE))
                .isEqualTo("Không kết nối được cơ sở dữ liệu sổ chứng thực (append); chưa ghi gì vào sổ");
    }

    @Test
    void aRefusalKeepsBothTexts() {
        RegisterException e = new RegisterException("Số 5 đã bị hủy", "number 5 is already void");
        assertThat(e.code()).isEqualTo("REGISTER_REFUSED");
        assertThat(e.getMessage()).isEqualTo("number 5 is already void");
        assertThat(e.message(BansaoException.VIETNAMESE)).isEqualTo("Số 5 đã bị hủy");
    }
}
