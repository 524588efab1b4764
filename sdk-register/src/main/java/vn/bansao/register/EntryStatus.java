package vn.bansao.register;

import vn.bansao.core.facts.CertificationKind;

/**
 * The status of a certification number, derived from the log (nothing is updated in place).
 *
 * <pre>{@code
 * if (register.find(2026, 123).map(RegisterEntry::status).orElse(null) == EntryStatus.CERTIFIED) { ... }
 * }</pre>
 */
public enum EntryStatus {
    /** Number allocated, certification in progress (two-phase flow): neither completed nor voided yet. */
    RESERVED("Đang xử lý"),
    /** Certified: the number stands for an issued copy. */
    CERTIFIED("Đã chứng thực"),
    /** Voided: failed or cancelled; the number is never reused. */
    VOID("Đã hủy");

    private final String vietnamese;

    EntryStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The label used in exports. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The label for an entry of {@code kind}: a copy from the master register is issued ("Đã cấp"), not certified. */
    public String vietnamese(CertificationKind kind) {
        return this == CERTIFIED && kind == CertificationKind.FROM_MASTER_REGISTER ? "Đã cấp" : vietnamese;
    }
}
