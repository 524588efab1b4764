package vn.bansao.register;

import java.io.IOException;
import java.util.Optional;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.lookup.RegisterLookup;
import vn.bansao.transparency.lookup.RegisterRecord;

/**
 * Adapts a local bansao-register database to the verifier's {@link RegisterLookup}: the entry, its status and
 * hashes, and the inclusion proof of its newest row (leaf bytes, path) under the newest signed checkpoint, when
 * the register has one.
 *
 * <pre>{@code
 * CertificationRegister register = CertificationRegister.open("register.mv.db");
 * CopyVerifier v = CopyVerifier.builder().trustAnchors(anchors)
 *         .register(RegisterLookups.of(register), publishedCheckpointKey).build();
 * }</pre>
 */
public final class RegisterLookups {

    private RegisterLookups() {
    }

    /** A lookup over an open register (the caller keeps it open while verifying, and closes it). */
    public static RegisterLookup of(CertificationRegister register) {
        return ref -> {
            try {
                Optional<RegisterEntry> entry = ref.agencyCode().isBlank()
                        ? register.find(ref.year(), ref.number())
                        : register.find(ref.agencyCode(), ref.registerType(), ref.year(), ref.number());
                return entry.map(e -> record(register, e));
            } catch (RegisterException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    static RegisterRecord record(CertificationRegister register, RegisterEntry e) {
        // only a proof under a signed checkpoint is evidence for a third party
        Optional<InclusionProof> proof = register.inclusionProof(e.number()).filter(p -> p.checkpoint().isPresent());
        return new RegisterRecord(e.number().year(), Long.toString(e.number().sequence()), e.status(),
                text(e.voidReason()), text(e.details().unsignedPackageSha256()), text(e.signedCopySha256()), proof);
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
