package vn.bansao.trust;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.bansao.trust.internal.Chains;
import vn.bansao.trust.internal.LeafChecks;
import vn.bansao.trust.internal.Revocations;
import vn.bansao.trust.internal.TsaRules;

/**
 * The one trust engine of bansao, used by the verifier and by the signer's pre-check: builds chains to the
 * configured anchors, applies the leaf rules ({@link LeafPolicy}), decides whether a time-stamp's signer is a
 * trusted time-stamping unit, and runs the revocation layer (evidence from the file first, then OCSP/CRL from
 * hosts on the {@link NetworkAccess} allow-list only) with ETSI EN 319 102-1 freshness. Immutable and
 * thread-safe; build once and share.
 *
 * <pre>{@code
 * TrustEngine engine = TrustEngine.builder()
 *         .anchors(List.of(root))
 *         .timestampAnchors(List.of(tsaRoot))               // optional: TSAs trusted apart from signers
 *         .network(NetworkAccess.allowHosts("ocsp.ca.gov.vn"))
 *         .revocationGrace(Duration.ofHours(24))
 *         .build();
 * ChainCheck chain = engine.chain(signer, documentCerts, poe);
 * List<TrustProblem> leaf = engine.leafProblems(signer);
 * RevocationCheck rev = engine.revocation(signer, chain.chain().get(1), evidence, poe);
 * }</pre>
 */
public final class TrustEngine {

    /** The default revocation grace: CRLs are commonly published daily. */
    public static final Duration DEFAULT_REVOCATION_GRACE = Duration.ofHours(24);

    private final Chains signerChains;
    private final Chains tsaChains;
    private final Revocations revocations;
    private final LeafPolicy leafPolicy;
    private final Duration grace;

    private TrustEngine(Builder b) {
        Map<String, Boolean> links = Chains.newLinkCache();
        this.signerChains = new Chains(b.anchors, b.intermediates, links);
        this.tsaChains = b.tsaAnchors == null ? signerChains : new Chains(b.tsaAnchors, b.intermediates, links);
        this.revocations = new Revocations(b.network, b.grace, signerChains);
        this.leafPolicy = b.leafPolicy;
        this.grace = b.grace;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The leaf rules applied by {@link #leafProblems}. */
    public LeafPolicy leafPolicy() {
        return leafPolicy;
    }

    /** How long before the control time revocation evidence may have been issued and still count. */
    public Duration revocationGrace() {
        return grace;
    }

    /** The chain of a signer's certificate to the signer anchors, checked at {@code at}. */
    public ChainCheck chain(X509Certificate leaf, Collection<X509Certificate> pool, Instant at) {
        return signerChains.build(leaf, pool, at);
    }

    /** The {@link LeafPolicy} rules the signer's certificate breaks (empty when none). */
    public List<TrustProblem> leafProblems(X509Certificate leaf) {
        return LeafChecks.check(leaf, leafPolicy);
    }

    /**
     * Whether a time-stamp token's signer is a trusted TSA at {@code genTime}.
     *
     * @param tsa      the certificate that signed the token
     * @param pool     certificates to build its chain from (token, CMS, DSS)
     * @param genTime  the time the token asserts
     * @param essBound whether the token's signed attributes name {@code tsa} by ESS signing-certificate(-v2)
     * @param signer   the certificate of the signature the token covers, when it is a signature time-stamp
     */
    public TimestampCheck timestamp(X509Certificate tsa, Collection<X509Certificate> pool, Instant genTime,
                                    boolean essBound, Optional<X509Certificate> signer) {
        List<TrustProblem> problems = new ArrayList<>(TsaRules.check(tsa, essBound, signer));
        ChainCheck chain = tsaChains.build(tsa, pool, genTime);
        if (!chain.trusted()) {
            String dn = tsa.getSubjectX500Principal().getName();
            problems.add(new TrustProblem("TSA_CHAIN", TrustProblem.Severity.UNCERTAIN, dn,
                    "Chứng thư dấu thời gian " + dn + " không chuyển tiếp tới chứng thư gốc tin cậy cho dấu thời gian ("
                            + chain.detail() + ")",
                    "time-stamping certificate " + dn + " does not chain to a trusted time-stamping anchor ("
                            + chain.detail() + ")"));
        }
        return new TimestampCheck(problems.isEmpty(), problems, chain);
    }

    /**
     * The revocation status of {@code cert} at {@code control} (the best proof of existence, else now), from the
     * evidence given and, when that is not conclusive, from allowed hosts.
     */
    public RevocationCheck revocation(X509Certificate cert, X509Certificate issuer, RevocationEvidence evidence,
                                      Instant control, Instant now) {
        return revocations.status(cert, issuer, evidence, control, now);
    }

    /** The OCSP responder URLs (AIA) then CRL distribution points a certificate names, in that order. */
    public static List<String> revocationUrls(X509Certificate cert) {
        List<String> out = new ArrayList<>(Revocations.ocspUrls(cert));
        out.addAll(Revocations.crlUrls(cert));
        return out;
    }

    /** True when {@code issuer}'s key verifies {@code child}'s signature (cached). */
    public boolean signedBy(X509Certificate child, X509Certificate issuer) {
        return signerChains.signedBy(child, issuer);
    }

    /**
     * Options of a {@link TrustEngine}; safe defaults: no anchors (nothing trusted), offline, 24 h grace,
     * {@link LeafPolicy#defaults()}, TSAs trusted under the signer anchors.
     *
     * <pre>{@code
     * TrustEngine.builder().anchors(roots).network(NetworkAccess.offline()).build();
     * }</pre>
     */
    public static final class Builder {
        private List<X509Certificate> anchors = List.of();
        private List<X509Certificate> intermediates = List.of();
        private List<X509Certificate> tsaAnchors;
        private NetworkAccess network = NetworkAccess.offline();
        private Duration grace = DEFAULT_REVOCATION_GRACE;
        private LeafPolicy leafPolicy = LeafPolicy.defaults();

        private Builder() {
        }

        /** The roots signer chains must reach. */
        public Builder anchors(Collection<X509Certificate> anchors) {
            this.anchors = List.copyOf(anchors);
            return this;
        }

        /** Helper intermediates (not trusted by themselves). */
        public Builder intermediates(Collection<X509Certificate> intermediates) {
            this.intermediates = List.copyOf(intermediates);
            return this;
        }

        /** The roots TSA chains must reach, when TSAs are trusted apart from signers (default: the signer anchors). */
        public Builder timestampAnchors(Collection<X509Certificate> anchors) {
            this.tsaAnchors = List.copyOf(anchors);
            return this;
        }

        /** Hosts the revocation layer may contact (offline by default). */
        public Builder network(NetworkAccess network) {
            this.network = Objects.requireNonNull(network);
            return this;
        }

        /** How long before the control time evidence may have been issued (default 24 h; zero = strictly after). */
        public Builder revocationGrace(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("negative revocation grace");
            }
            this.grace = grace;
            return this;
        }

        public Builder leafPolicy(LeafPolicy policy) {
            this.leafPolicy = Objects.requireNonNull(policy);
            return this;
        }

        public TrustEngine build() {
            return new TrustEngine(this);
        }
    }
}
