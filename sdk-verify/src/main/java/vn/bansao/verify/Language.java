package vn.bansao.verify;

/**
 * Language of human-readable reports; Vietnamese is the default (Circular 15/2025 requires it).
 *
 * <pre>{@code
 * String text = report.toText(Language.EN);
 * }</pre>
 */
public enum Language {
    VI,
    EN;

    /** {@code "vi"} or {@code "en"} (case-insensitive); anything else is rejected. */
    public static Language parse(String tag) {
        return switch (tag.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "vi", "vie", "vn" -> VI;
            case "en", "eng" -> EN;
            default -> throw new IllegalArgumentException(
                    "Ngôn ngữ không hỗ trợ / unsupported language: " + tag + " (vi|en)");
        };
    }
}
