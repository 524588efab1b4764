package vn.bansao.register;

/**
 * Register type symbols of Decree 23/2015/NĐ-CP (domain.md §2). Electronic registers are seen in
 * practice with the {@code SCTĐT} prefix; any symbol can be configured.
 *
 * <pre>{@code
 * RegisterConfig.builder("register.h2.db").registerType(RegisterTypes.ELECTRONIC_COPIES).build();
 * }</pre>
 */
public final class RegisterTypes {

    /** Copies certified from originals: {@code SCT/BS}. */
    public static final String COPIES = "SCT/BS";
    /** Electronic copies from originals, as seen in practice: {@code SCTĐT/BS}. */
    public static final String ELECTRONIC_COPIES = "SCTĐT/BS";
    /** Signatures: {@code SCT/CK,ĐC}. */
    public static final String SIGNATURES = "SCT/CK,ĐC";
    /** Translators' signatures: {@code SCT/CKND}. */
    public static final String TRANSLATOR_SIGNATURES = "SCT/CKND";

    /**
     * Copies issued from the master register (cấp bản sao từ sổ gốc), a series and book of their own:
     * {@code SSG/BS} ("sổ gốc / bản sao"). Configurable ({@link RegisterConfig.Builder#masterRegisterType}):
     * Decree 23/2015 names no symbol for this register.
     */
    public static final String MASTER_REGISTER_COPIES = "SSG/BS";

    private RegisterTypes() {
    }
}
