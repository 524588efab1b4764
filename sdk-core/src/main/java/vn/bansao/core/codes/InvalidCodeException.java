package vn.bansao.core.codes;

/**
 * A code that does not follow its format: says which code, what was given and what was expected,
 * in Vietnamese then English.
 *
 * <pre>{@code
 * try {
 *     DossierCode.parse(input);
 * } catch (InvalidCodeException e) {
 *     show(e.getMessage()); // "Mã hồ sơ không hợp lệ … / Invalid dossier code …"
 * }
 * }</pre>
 */
public final class InvalidCodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;

    InvalidCodeException(String kindVi, String kindEn, String input, String reasonVi, String reasonEn) {
        super(kindVi + " không hợp lệ \"" + input + "\": " + reasonVi
                + " / Invalid " + kindEn + " \"" + input + "\": " + reasonEn);
        this.input = input;
    }

    /** The text that was refused. */
    public String input() {
        return input;
    }
}
