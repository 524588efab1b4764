package vn.bansao.signing;

import java.util.Locale;

/**
 * PAdES baseline level (ETSI EN 319 142-1) a signature is brought to.
 *
 * <pre>{@code
 * PadesSigner.builder().level(Level.B_LT)...
 * Level.parse("B-LTA");   // from a command line or a configuration file
 * }</pre>
 */
public enum Level {
    /** Basic signature: CMS with the PAdES signed attributes. */
    B_B,
    /** B plus a signature time-stamp from the configured TSA. */
    B_T,
    /** T plus the validation data (certificates, OCSP, CRLs) in the document security store. */
    B_LT,
    /** LT plus a document time-stamp, for long-term archiving. */
    B_LTA;

    /** Whether a signature time-stamp is embedded in the CMS. */
    public boolean timestamped() {
        return this != B_B;
    }

    /** Whether validation data is added after signing. */
    public boolean longTerm() {
        return this == B_LT || this == B_LTA;
    }

    /** The usual spelling, {@code B-LT}. */
    public String label() {
        return name().replace('_', '-');
    }

    /**
     * Parses {@code B-B}, {@code b_lt}, {@code PAdES-BASELINE-LTA}, {@code LT}...
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Level parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('_', '-').replace("PADES-BASELINE-", "B-");
        if (!t.startsWith("B-")) {
            t = "B-" + t;
        }
        for (Level level : values()) {
            if (level.label().equals(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Mức chữ ký không hợp lệ / unknown signature level: " + text
                + " (B-B, B-T, B-LT, B-LTA)");
    }
}
