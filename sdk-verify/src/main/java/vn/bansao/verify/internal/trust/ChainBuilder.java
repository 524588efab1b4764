package vn.bansao.verify.internal.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.bansao.verify.TrustAnchors;

/**
 * Builds a chain from a signing certificate to a configured trust anchor by subject/issuer names and
 * verified signatures. Thread-safe; remembers verified issuer links (the verifier is shared and the same
 * chains recur) so a warm verifier does not redo public-key operations.
 *
 * <pre>{@code
 * ChainResult chain = new ChainBuilder(anchors).build(signer, documentCertificates, signingTime);
 * }</pre>
 */
public final class ChainBuilder {

    private static final int MAX_DEPTH = 10;

    private final TrustAnchors anchors;
    private final Map<String, Boolean> verifiedLinks = new ConcurrentHashMap<>();

    public ChainBuilder(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    /** Builds the chain of {@code leaf} using {@code pool} (document certificates) and checks validity at {@code at}. */
    public ChainResult build(X509Certificate leaf, List<X509Certificate> pool, Instant at) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate current = leaf;
        Optional<X509Certificate> anchor = Optional.empty();
        List<String> anchorFps = anchors.fingerprints();
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (anchorFps.contains(Fingerprints.sha256(current))) {
                anchor = Optional.of(current);
                break;
            }
            X509Certificate issuer = findIssuer(current, chain);
            if (issuer == null) {
                issuer = findIssuer(current, pool, chain);
            }
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        if (anchor.isEmpty()) {
            return new ChainResult(chain, anchor, Optional.of(anchors.isEmpty()
                    ? "no trust anchor is configured" : "the chain does not reach a configured trust anchor"));
        }
        Date when = Date.from(at);
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate c = chain.get(i);
            if (i > 0 && i < chain.size() - 1 && c.getBasicConstraints() < 0) {
                return new ChainResult(chain, anchor, Optional.of("intermediate " + c.getSubjectX500Principal()
                        + " is not a CA certificate"));
            }
            if (i < chain.size() - 1 && (when.before(c.getNotBefore()) || when.after(c.getNotAfter()))) {
                return new ChainResult(chain, anchor, Optional.of((when.after(c.getNotAfter()) ? "EXPIRED: " : "NOT_YET_VALID: ")
                        + c.getSubjectX500Principal() + " is not valid at " + at));
            }
        }
        return new ChainResult(chain, anchor, Optional.empty());
    }

    private X509Certificate findIssuer(X509Certificate child, List<X509Certificate> inChain) {
        X509Certificate a = findIssuer(child, anchors.anchors(), inChain);
        return a != null ? a : findIssuer(child, anchors.intermediates(), inChain);
    }

    private X509Certificate findIssuer(X509Certificate child, List<X509Certificate> candidates, List<X509Certificate> inChain) {
        for (X509Certificate cand : candidates) {
            if (!cand.getSubjectX500Principal().equals(child.getIssuerX500Principal()) || inChain.contains(cand)) {
                continue;
            }
            if (signedBy(child, cand)) {
                return cand;
            }
        }
        return null;
    }

    /** True when {@code issuer}'s key verifies {@code child}'s signature (cached). */
    public boolean signedBy(X509Certificate child, X509Certificate issuer) {
        String link = Fingerprints.sha256(child) + ">" + Fingerprints.sha256(issuer);
        return verifiedLinks.computeIfAbsent(link, l -> {
            try {
                child.verify(issuer.getPublicKey());
                return true;
            } catch (Exception e) {
                return false;
            }
        });
    }
}
