package vn.bansao.register;

/**
 * What one row (one Merkle leaf) of the register log says. Only {@link #CERTIFICATION} and
 * {@link #RESERVATION} allocate a number; the others reference an existing number.
 *
 * <pre>{@code
 * entry.records().stream().filter(r -> r.kind() == RecordKind.VOID).findFirst();
 * }</pre>
 */
public enum RecordKind {
    /** A number allocated and certified in one step. */
    CERTIFICATION,
    /** A number allocated for a certification still in progress (two-phase flow). */
    RESERVATION,
    /** Completes a reservation: the copy was signed (carries the signed copy's SHA-256). */
    COMPLETION,
    /** Corrects the details of an entry; the number stays. */
    CORRECTION,
    /** Voids a number, with a reason. */
    VOID,
    /** Closes a year of one register with its total, signed. */
    YEAR_CLOSING
}
