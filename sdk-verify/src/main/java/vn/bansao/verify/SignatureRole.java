package vn.bansao.verify;

/**
 * What a signature stands for in a certified copy, read from the field name
 * ({@code bansao_officer}, {@code bansao_authority}), the DocMDP certification and the SubFilter.
 *
 * <pre>{@code
 * report.signatures().stream().filter(s -> s.role() == SignatureRole.AUTHORITY).findFirst()
 * }</pre>
 */
public enum SignatureRole {
    /** The certifying officer's personal signature (the certification signature, DocMDP). */
    OFFICER,
    /** The certifying body's signature (the electronic seal), made after the officer's. */
    AUTHORITY,
    /** An RFC 3161 document timestamp (PAdES B-LTA). */
    DOCUMENT_TIMESTAMP,
    /** Any other approval signature. */
    OTHER
}
