package vn.bansao.core.facts;

import java.util.Objects;

/**
 * A certification fact that cannot be printed on a copy, naming the field: empty where text is required, a
 * number below 1, a negative fee, an agency code that is neither QCVN 102:2016 nor Decision 20/2020 form. The
 * message is {@code "tiếng Việt / English"}; {@link #field()} is the {@link CertificationFacts} component
 * ({@code agencyCode}, {@code documentTitle}, …), so a form can mark the input at fault.
 *
 * <pre>{@code
 * try {
 *     facts = builder.build();
 * } catch (InvalidFactsException e) {
 *     form.markInvalid(e.field(), e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidFactsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** A refusal of {@code field}, with the reason in both languages. */
    public InvalidFactsException(String field, String messageViEn, Throwable cause) {
        super(messageViEn, cause);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** A refusal of {@code field}, with the reason in both languages. */
    public InvalidFactsException(String field, String messageViEn) {
        this(field, messageViEn, null);
    }

    /** The {@link CertificationFacts} component at fault, e.g. {@code agencyCode}. */
    public String field() {
        return field;
    }
}
