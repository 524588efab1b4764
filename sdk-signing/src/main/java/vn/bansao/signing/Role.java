package vn.bansao.signing;

import java.util.Locale;
import vn.bansao.core.CertifiedCopy;

/**
 * Who signs a certified copy (Decree 45/2020 Art. 10): the certifying officer, then the
 * certifying body (its electronic seal). Each role signs its own field on the certification page, named by
 * sdk-core's builder ({@link CertifiedCopy#OFFICER_FIELD}, {@link CertifiedCopy#AUTHORITY_FIELD}).
 *
 * <pre>{@code
 * signer.sign(in, out, key, Role.OFFICER);
 * }</pre>
 */
public enum Role {
    /** Người thực hiện chứng thực: the officer's personal signature, a certification signature. */
    OFFICER(CertifiedCopy.OFFICER_FIELD, "Người thực hiện chứng thực", "Certifying officer"),
    /** Cơ quan chứng thực: the body's seal, an approval signature (certification when it signs first). */
    AUTHORITY(CertifiedCopy.AUTHORITY_FIELD, "Cơ quan chứng thực", "Certifying authority");

    private final String fieldName;
    private final String captionVi;
    private final String captionEn;

    Role(String fieldName, String captionVi, String captionEn) {
        this.fieldName = fieldName;
        this.captionVi = captionVi;
        this.captionEn = captionEn;
    }

    /** Name of the signature field on the certification page, e.g. {@code bansao_officer}. */
    public String fieldName() {
        return fieldName;
    }

    /** Vietnamese caption shown in the visible signature. */
    public String captionVi() {
        return captionVi;
    }

    /**
     * The caption for a document of the given procedure: on a copy issued from the master register (cấp bản
     * sao từ sổ gốc) the body is the issuing body, "Cơ quan cấp bản sao", not a certifying one.
     */
    public String captionVi(boolean issuedFromMasterRegister) {
        return this == AUTHORITY && issuedFromMasterRegister ? "Cơ quan cấp bản sao" : captionVi;
    }

    /** English caption for a document of the given procedure ("Issuing body" from the master register). */
    public String captionEn(boolean issuedFromMasterRegister) {
        return this == AUTHORITY && issuedFromMasterRegister ? "Issuing body" : captionEn;
    }

    /** English caption. */
    public String captionEn() {
        return captionEn;
    }

    /** Parses {@code officer} / {@code authority} (case-insensitive). */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Vai trò không hợp lệ / unknown role: " + text + " (officer, authority)", e);
        }
    }
}
