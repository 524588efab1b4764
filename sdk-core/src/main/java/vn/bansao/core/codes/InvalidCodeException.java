package vn.bansao.core.codes;

import vn.bansao.common.BansaoException;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.CoreError;

/**
 * A code that does not follow its format: says which code, what was given and what was expected,
 * in Vietnamese or English (code {@code INVALID_CODE}).
 *
 * <pre>{@code
 * try {
 *     DossierCode.parse(input);
 * } catch (InvalidCodeException e) {
 *     show(e.message(BansaoException.VIETNAMESE)); // "Mã hồ sơ không hợp lệ …"; getMessage(): "Invalid dossier code …"
 * }
 * }</pre>
 */
public final class InvalidCodeException extends BansaoException {
    private static final long serialVersionUID = 1L;

    private final String input;

    InvalidCodeException(String kindVi, String kindEn, String input, String reasonVi, String reasonEn) {
        super(CoreError.INVALID_CODE, null, LocalizedText.of(kindVi, kindEn), input, LocalizedText.of(reasonVi, reasonEn));
        this.input = input;
    }

    /** The text that was refused. */
    public String input() {
        return input;
    }
}
