package vn.bansao.metrics;

import java.util.Locale;
import java.util.Optional;

/**
 * Administrative level of a unit: provincial departments, district (and city) units, communes and wards.
 *
 * <pre>{@code
 * UnitLevel.parse("huyen")   // Optional[DISTRICT]
 * }</pre>
 */
public enum UnitLevel {
    PROVINCE("province", "cấp tỉnh", "provincial level"),
    DISTRICT("district", "cấp huyện", "district level"),
    COMMUNE("commune", "cấp xã", "commune level");

    private final String code;
    private final String vi;
    private final String en;

    UnitLevel(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String label(boolean vietnamese) {
        return vietnamese ? vi : en;
    }

    /** Accepts the canonical code, its Vietnamese name (tinh, huyen, xa) or the portal's 1/2/3. */
    public static Optional<UnitLevel> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "province", "tinh", "tỉnh", "1" -> Optional.of(PROVINCE);
            case "district", "huyen", "huyện", "2" -> Optional.of(DISTRICT);
            case "commune", "xa", "xã", "ward", "3" -> Optional.of(COMMUNE);
            default -> Optional.empty();
        };
    }
}
