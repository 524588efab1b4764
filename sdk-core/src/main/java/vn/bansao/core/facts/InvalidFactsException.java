package vn.bansao.core.facts;

import java.util.Objects;
import vn.bansao.common.BansaoException;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.CoreError;

/**
 * A certification fact that cannot be printed on a copy, naming the field: empty where text is required, a
 * number below 1, a negative fee, an agency code that is neither QCVN 102:2016 nor Decision 20/2020 form.
 * Code {@code INVALID_FACTS}; {@link #message(java.util.Locale)} in Vietnamese or English; {@link #field()} is the {@link CertificationFacts} component
 * ({@code agencyCode}, {@code documentTitle}, …), so a form can mark the input at fault.
 *
 * <pre>{@code
 * try {
 *     facts = builder.build();
 * } catch (InvalidFactsException e) {
 *     form.markInvalid(e.field(), e.message(BansaoException.VIETNAMESE));
 * }
 * }</pre>
 */
public final class InvalidFactsException extends BansaoException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** A refusal of {@code field}, with the reason in both languages and its cause. */
    public InvalidFactsException(String field, LocalizedText reason, Throwable cause) {
        super(CoreError.INVALID_FACTS, cause, Objects.requireNonNull(field, "field"), Objects.requireNonNull(reason, "reason"));
        this.field = field;
    }

    /** A refusal of {@code field}, with the reason in both languages. */
    public InvalidFactsException(String field, String reasonVi, String reasonEn) {
        this(field, LocalizedText.of(reasonVi, reasonEn), null);
    }

    /** A refusal of {@code field} because a code in it is malformed (the code's own reason, in both languages). */
    public static InvalidFactsException of(String field, BansaoException cause) {
        return new InvalidFactsException(field, LocalizedText.of(cause.message(VIETNAMESE),
                cause.message(java.util.Locale.ENGLISH)), cause);
    }

    /** The {@link CertificationFacts} component at fault, e.g. {@code agencyCode}. */
    public String field() {
        return field;
    }
}
