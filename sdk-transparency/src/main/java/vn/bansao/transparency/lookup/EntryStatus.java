package vn.bansao.transparency.lookup;

/**
 * The status of a certification number, derived from the register's log (nothing is updated in place):
 * the one status model of the register, the lookup SPI and the verifier.
 *
 * <pre>{@code
 * if (record.status() == EntryStatus.CERTIFIED) { ... }
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

    /** The label used in exports (a copy issued from the master register reads "Đã cấp" there, see the register). */
    public String vietnamese() {
        return vietnamese;
    }
}
