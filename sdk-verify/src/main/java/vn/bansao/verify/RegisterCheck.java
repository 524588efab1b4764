package vn.bansao.verify;

import java.util.List;

/**
 * Result of checking a copy against its certification register.
 *
 * <pre>{@code
 * report.register().ifPresent(r -> System.out.println(r.outcome()));
 * }</pre>
 *
 * @param outcome  the conclusion
 * @param year     the register year looked up
 * @param number   the certification number looked up
 * @param findings details, one per check
 */
public record RegisterCheck(Outcome outcome, int year, String number, List<Finding> findings) {
    public RegisterCheck {
        findings = List.copyOf(findings);
    }

    /** Conclusion of a register check. */
    public enum Outcome {
        /** Number found, hashes match, not void, and (when a proof was given) included under the checkpoint. */
        CONFIRMED,
        /** No entry for the number. */
        NOT_FOUND,
        /** The entry is void. */
        VOID,
        /** The number was reserved but the certification was never completed. */
        NOT_CERTIFIED,
        /** The entry's hashes do not match this copy. */
        MISMATCH,
        /** The inclusion proof or the checkpoint signature does not verify. */
        PROOF_INVALID,
        /** The register could not be reached (unreachable, too slow, too large, malformed), the agency is not in the
         *  register directory, or the copy carries no number: INDETERMINATE. */
        UNAVAILABLE,
        /** The register showed a history inconsistent with one it signed before (a checkpoint remembered, or a
         *  witness's): a fork, a rewritten or truncated log, a split view. INVALID. */
        FORK,
        /** The register's checkpoint lacks the witness cosignatures the directory requires: INDETERMINATE. */
        NOT_WITNESSED
    }
}
