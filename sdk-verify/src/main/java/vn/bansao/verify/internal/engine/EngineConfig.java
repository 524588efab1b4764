package vn.bansao.verify.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import vn.bansao.transparency.lookup.RegisterLookup;
import vn.bansao.verify.NetworkPolicy;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.internal.document.PackageInspector;

/**
 * The immutable settings of a verifier (built once by {@code CopyVerifier.Builder}).
 *
 * <pre>{@code
 * new EngineConfig(anchors, NetworkPolicy.offline(), Optional.empty(), Optional.empty(), true, false,
 *         Duration.ofSeconds(30), 256L << 20, Clock.systemUTC(), PackageInspector.none(),
 *         RolePolicy.defaults(), LeafPolicy.defaults(), Optional.empty(), Duration.ofHours(24),
 *         LaterSignaturePolicy.FREE_AREA_OF_STATEMENT_PAGE, Optional.empty());
 * }</pre>
 *
 * @param anchors           trusted anchors and helper intermediates
 * @param network           offline or a host allow-list for OCSP/CRL
 * @param register          optional register lookup
 * @param remoteRegister    optional remote register check through a register directory (excludes {@code register})
 * @param registerNoteKey   optional C2SP note verifier key of the register's checkpoints
 * @param requireRevocation when true, a signature without revocation evidence is INDETERMINATE
 * @param etsiXml           produce DSS's ETSI TS 119 102-2 report too
 * @param timeout           wall-clock limit of one verification
 * @param maxBytes          largest file accepted
 * @param clock             the clock giving the validation time
 * @param inspector         reads bansao package metadata
 * @param rolePolicy        who may sign as officer / authority (certificates against the signed facts)
 * @param leafPolicy        the signer-certificate rules (key usage, CA, EKU, policies)
 * @param timestampAnchors  anchors for TSAs when trusted apart from the signer anchors
 * @param revocationGrace   how long before the best proof of existence revocation data may be issued
 * @param laterSignatures   what a signature widget added after the first signature may look like
 */
public record EngineConfig(TrustAnchors anchors, NetworkPolicy network, Optional<RegisterLookup> register,
                           Optional<String> registerNoteKey, boolean requireRevocation, boolean etsiXml,
                           Duration timeout, long maxBytes, Clock clock, PackageInspector inspector,
                           vn.bansao.trust.RolePolicy rolePolicy, vn.bansao.trust.LeafPolicy leafPolicy,
                           Optional<TrustAnchors> timestampAnchors, Duration revocationGrace,
                           vn.bansao.verify.LaterSignaturePolicy laterSignatures,
                           Optional<vn.bansao.verify.internal.register.RemoteRegisterChecker> remoteRegister) {
}
