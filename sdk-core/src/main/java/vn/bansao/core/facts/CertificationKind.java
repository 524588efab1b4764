package vn.bansao.core.facts;

/**
 * The two procedures of Decree 45/2020/NĐ-CP Art. 10 that produce a certified e-copy.
 *
 * <pre>{@code
 * CertificationFacts.builder().kind(CertificationKind.FROM_MASTER_REGISTER) ...
 * }</pre>
 */
public enum CertificationKind {
    /** Chứng thực bản sao điện tử từ bản chính: officer's signature plus the body's seal signature. */
    FROM_ORIGINAL,
    /** Cấp bản sao điện tử từ sổ gốc: only the issuing body's signature. */
    FROM_MASTER_REGISTER
}
