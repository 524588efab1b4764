package vn.bansao.verify;

import vn.bansao.verify.internal.report.ReportText;

/**
 * What the incremental updates after a signature changed, from harmless to forbidden, in the
 * order of ISO 32000-2 DocMDP permissions. {@link #OTHER} always fails.
 *
 * <pre>{@code
 * if (sig.changesAfter() == ChangeCategory.OTHER) reject();
 * String shown = sig.changesAfter().label(Language.VI);   // "thêm chữ ký, điền biểu mẫu"
 * }</pre>
 */
public enum ChangeCategory {
    /** Nothing was appended after the signature. */
    NONE,
    /** Only validation data (DSS dictionary) and document timestamps: allowed even by DocMDP P=1. */
    VALIDATION_DATA_AND_TIMESTAMPS,
    /** New signatures and form filling: allowed by DocMDP P=2. */
    SIGNATURES_AND_FORM_FILL,
    /** Annotations added: allowed by DocMDP P=3 only. */
    ANNOTATIONS,
    /** Anything else (page content, pages, fonts, signature dictionaries...): never allowed. */
    OTHER;

    /** What the category means, for people: the one wording used by reports and findings (from the report bundle). */
    public String label(Language language) {
        return (switch (this) {
            case NONE -> ReportText.CHANGE_NONE;
            case VALIDATION_DATA_AND_TIMESTAMPS -> ReportText.CHANGE_VALIDATION_DATA_AND_TIMESTAMPS;
            case SIGNATURES_AND_FORM_FILL -> ReportText.CHANGE_SIGNATURES_AND_FORM_FILL;
            case ANNOTATIONS -> ReportText.CHANGE_ANNOTATIONS;
            case OTHER -> ReportText.CHANGE_OTHER;
        }).in(language);
    }

    /** The most permissive category a DocMDP {@code /P} value allows. */
    public static ChangeCategory allowedByDocMdp(int p) {
        return switch (p) {
            case 1 -> VALIDATION_DATA_AND_TIMESTAMPS;
            case 3 -> ANNOTATIONS;
            default -> SIGNATURES_AND_FORM_FILL;
        };
    }
}
