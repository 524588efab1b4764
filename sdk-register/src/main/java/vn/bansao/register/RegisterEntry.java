package vn.bansao.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.bansao.transparency.lookup.EntryStatus;

/**
 * A certification as the register shows it now: its number, its current status and details (after
 * corrections), and every log row about it. Derived from the log; never updated in place.
 *
 * <pre>{@code
 * RegisterEntry e = register.find(2026, 123).orElseThrow();
 * if (e.status() == EntryStatus.CERTIFIED && e.signedCopySha256().equals(sha256OfFile)) { ... }
 * }</pre>
 *
 * @param number           the certification number
 * @param status           reserved, certified or void
 * @param date             certification date
 * @param details          the entry's details after corrections (fee filled in)
 * @param signedCopySha256 hex SHA-256 of the signed copy ("" if not known)
 * @param voidReason       why it was voided ("" unless void)
 * @param leafIndex        leaf of the row that allocated the number
 * @param leafHash         hex leaf hash of that row
 * @param records          every row about this number, in log order
 */
public record RegisterEntry(CertificationNumber number, EntryStatus status, LocalDate date, EntryDraft details,
                            String signedCopySha256, String voidReason, long leafIndex, String leafHash,
                            List<LogRecord> records) {

    public RegisterEntry {
        records = List.copyOf(records);
    }

    /** The row that currently states the signed copy's hash (completion, correction or the certification itself). */
    public Optional<LogRecord> latestRecord() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** The status as the register book writes it ("Đã cấp" for a copy from the master register). */
    public String statusLabel() {
        return status == EntryStatus.CERTIFIED && details.kind() == vn.bansao.core.facts.CertificationKind.FROM_MASTER_REGISTER ? "Đã cấp"
                : status.vietnamese();
    }

    /** Whether the entry was corrected at least once. */
    public boolean corrected() {
        return records.stream().anyMatch(r -> r.kind() == RecordKind.CORRECTION);
    }
}
