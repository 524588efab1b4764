package vn.bansao.register.internal;

import vn.bansao.common.MessageKey;

/**
 * The detail texts of the register's refusals ({@code vn/bansao/register/texts.properties},
 * {@code texts_vi.properties}), given to {@link vn.bansao.register.RegisterException} as a
 * {@link vn.bansao.common.LocalizedText}.
 *
 * <pre>{@code
 * throw new RegisterException(LocalizedText.of(RegisterText.NUMBER_ALREADY_VOID, number.format()), null);
 * }</pre>
 */
public enum RegisterText implements MessageKey {
    CERTIFICATION_FAILED_NUMBER_VOIDED,
    NUMBER_VOIDED_SIGNED_TOO_LATE,
    NUMBER_NOT_RESERVED,
    NUMBER_ALREADY_VOID,
    CANNOT_CORRECT_VOID_NUMBER,
    DATE_IN_FUTURE,
    DATE_ASSIGNED_BY_REGISTER,
    DATE_BEFORE_PREVIOUS_NUMBER,
    NUMBER_NOT_IN_REGISTER,
    YEAR_CLOSED_NUMBER_FROZEN,
    YEAR_ALREADY_CLOSED,
    ENTRIES_STILL_RESERVED,
    YEAR_NOT_ENDED,
    LOG_NOT_INTACT,
    MERKLE_NODE_MISSING,
    BOOK_CLOSED;

    @Override
    public String bundle() {
        return "vn.bansao.register.texts";
    }
}
