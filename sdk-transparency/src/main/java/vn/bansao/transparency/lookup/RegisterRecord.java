package vn.bansao.transparency.lookup;

import java.util.Objects;
import java.util.Optional;
import vn.bansao.transparency.checkpoint.InclusionProof;

/**
 * A certification register entry as a lookup answers it, local or remote: what the register states
 * (status, hashes) and, when it can, the evidence for it: the inclusion proof of the entry's newest row,
 * which carries that row's leaf-hash input (its canonical bytes), the audit path and the signed checkpoint
 * note text. A remote register serves exactly this (no requester data beyond the leaf bytes).
 *
 * <pre>{@code
 * new RegisterRecord(2026, "123", EntryStatus.CERTIFIED, Optional.empty(),
 *         Optional.of(unsignedSha256), Optional.of(signedSha256), Optional.of(proof));
 * }</pre>
 *
 * @param year                  register year
 * @param number                certification number (sequence in the year)
 * @param status                certified, reserved (never completed) or void
 * @param voidReason            the reason, when void
 * @param unsignedPackageSha256 SHA-256 (hex) of the unsigned package the officer signed
 * @param signedCopySha256      SHA-256 (hex) of the signed copy as registered
 * @param proof                 inclusion proof of the entry's newest row, with its signed checkpoint when the
 *                              register has one
 */
public record RegisterRecord(int year, String number, EntryStatus status, Optional<String> voidReason,
                             Optional<String> unsignedPackageSha256, Optional<String> signedCopySha256,
                             Optional<InclusionProof> proof) {

    public RegisterRecord {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(voidReason, "voidReason");
        Objects.requireNonNull(unsignedPackageSha256, "unsignedPackageSha256");
        Objects.requireNonNull(signedCopySha256, "signedCopySha256");
        Objects.requireNonNull(proof, "proof");
    }

    /** Whether the entry is void. */
    public boolean voided() {
        return status == EntryStatus.VOID;
    }

    /** The leaf-hash input of the proven row (its canonical bytes), when a proof is given. */
    public Optional<byte[]> leafBytes() {
        return proof.map(InclusionProof::leafBytes);
    }

    /** The signed checkpoint note text the proof leads to, when the register has one. */
    public Optional<String> checkpointNote() {
        return proof.flatMap(InclusionProof::checkpoint).map(c -> c.note());
    }
}
