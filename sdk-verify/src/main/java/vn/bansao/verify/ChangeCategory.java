package vn.bansao.verify;

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

    /** What the category means, for people: the one wording used by reports and findings. */
    public String label(Language language) {
        boolean vi = language == Language.VI;
        return switch (this) {
            case NONE -> vi ? "không có" : "none";
            case VALIDATION_DATA_AND_TIMESTAMPS -> vi ? "dữ liệu kiểm tra và dấu thời gian" : "validation data and timestamps";
            case SIGNATURES_AND_FORM_FILL -> vi ? "thêm chữ ký, điền biểu mẫu" : "signatures and form filling";
            case ANNOTATIONS -> vi ? "thêm chú thích" : "annotations";
            case OTHER -> vi ? "thay đổi không được phép" : "forbidden changes";
        };
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
