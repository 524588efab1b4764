package vn.bansao.verify;

import java.util.Optional;

/**
 * A certification register entry as the verifier needs it.
 *
 * <pre>{@code
 * new RegisterRecord(2026, "123", RegisterRecord.Status.CERTIFIED, Optional.empty(),
 *         Optional.of(unsignedSha256), Optional.of(signedSha256), Optional.empty());
 * }</pre>
 *
 * @param year                  register year
 * @param number                certification number
 * @param status                certified, reserved (never completed) or void
 * @param voidReason            the reason, when void
 * @param unsignedPackageSha256 SHA-256 (hex) of the unsigned package the officer signed
 * @param signedCopySha256      SHA-256 (hex) of the signed copy as registered
 * @param proof                 inclusion proof under a signed checkpoint, when the register gives one
 */
public record RegisterRecord(int year, String number, Status status, Optional<String> voidReason,
                             Optional<String> unsignedPackageSha256, Optional<String> signedCopySha256,
                             Optional<InclusionProof> proof) {

    /** State of a register line. */
    public enum Status {
        /** The certification was completed. */
        CERTIFIED,
        /** The number was allocated but the certification never completed. */
        RESERVED,
        /** The line is void (a failed or cancelled certification). */
        VOID
    }

    public boolean voided() {
        return status == Status.VOID;
    }
}
