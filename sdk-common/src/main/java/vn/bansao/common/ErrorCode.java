package vn.bansao.common;

/**
 * The stable code of a {@link BansaoException}: a {@link MessageKey} whose bundle text is the error's message.
 * Codes are what programs switch on and what logs, reports and REST answers carry; the texts may be reworded,
 * the codes never change. Each module declares its codes in an enum.
 *
 * <pre>{@code
 * public enum RegisterError implements ErrorCode {
 *     REGISTER_UNAVAILABLE;    // vn/bansao/register/errors.properties + errors_vi.properties
 *     public String bundle() { return "vn.bansao.register.errors"; }
 * }
 * }</pre>
 */
public interface ErrorCode extends MessageKey {

    /** The stable code, by default the constant's name ({@code REGISTER_UNAVAILABLE}). */
    default String code() {
        return name();
    }
}
