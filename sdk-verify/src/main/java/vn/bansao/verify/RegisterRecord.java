package vn.bansao.verify;

import java.util.Optional;

/**
 * A certification register entry as the verifier needs it.
 *
 * <pre>{@code
 * new RegisterRecord(2026, "123", false, Optional.empty(), Optional.of(unsignedSha256), Optional.of(signedSha256), Optional.empty());
 * }</pre>
 *
 * @param year                 register year
 * @param number               certification number
 * @param voided               true when the entry is marked void
 * @param voidReason           the reason, when void
 * @param unsignedPackageSha256 SHA-256 (hex) of the unsigned package the officer signed
 * @param signedCopySha256     SHA-256 (hex) of the signed copy as registered
 * @param proof                inclusion proof under a signed checkpoint, when the register gives one
 */
public record RegisterRecord(int year, String number, boolean voided, Optional<String> voidReason,
                             Optional<String> unsignedPackageSha256, Optional<String> signedCopySha256,
                             Optional<InclusionProof> proof) {
}
