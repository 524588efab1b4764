package vn.bansao.trust.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.bansao.trust.ChainCheck;

/**
 * Builds a chain from a leaf to one of a set of anchors by names and verified signatures; remembers verified
 * issuer links (shared, thread-safe) so a warm engine does not redo public-key operations.
 */
public final class Chains {

    private static final int MAX_DEPTH = 10;

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> intermediates;
    private final Set<String> anchorFingerprints;
    private final Map<String, Boolean> verifiedLinks;

    public Chains(Collection<X509Certificate> anchors, Collection<X509Certificate> intermediates,
                  Map<String, Boolean> sharedLinkCache) {
        this.anchors = List.copyOf(anchors);
        this.intermediates = List.copyOf(intermediates);
        this.anchorFingerprints = this.anchors.stream().map(Chains::sha256).collect(Collectors.toUnmodifiableSet());
        this.verifiedLinks = sharedLinkCache;
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    public ChainCheck build(X509Certificate leaf, Collection<X509Certificate> pool, Instant at) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate current = leaf;
        Optional<X509Certificate> anchor = Optional.empty();
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (anchorFingerprints.contains(sha256(current))) {
                anchor = Optional.of(current);
                break;
            }
            X509Certificate issuer = findIssuer(current, anchors, chain);
            if (issuer == null) {
                issuer = findIssuer(current, intermediates, chain);
            }
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
            return new ChainCheck(chain, anchor, Optional.of(ChainCheck.Failure.NO_ANCHOR), anchors.isEmpty()
                    ? "no trust anchor is configured"
                    : "the chain of " + Subjects.dn(leaf) + " does not reach a configured trust anchor");
        }
        java.util.Date when = java.util.Date.from(at);
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate c = chain.get(i);
            if (i > 0 && i < chain.size() - 1 && c.getBasicConstraints() < 0) {
                return new ChainCheck(chain, anchor, Optional.of(ChainCheck.Failure.NOT_A_CA),
                        "intermediate " + Subjects.dn(c) + " is not a CA certificate");
            }
            if (i < chain.size() - 1 && when.after(c.getNotAfter())) {
                return new ChainCheck(chain, anchor, Optional.of(ChainCheck.Failure.EXPIRED),
                        Subjects.dn(c) + " expired on " + c.getNotAfter().toInstant() + ", before " + at);
            }
            if (i < chain.size() - 1 && when.before(c.getNotBefore())) {
                return new ChainCheck(chain, anchor, Optional.of(ChainCheck.Failure.NOT_YET_VALID),
                        Subjects.dn(c) + " is not valid before " + c.getNotBefore().toInstant() + " (checked at " + at + ")");
            }
        }
        return new ChainCheck(chain, anchor, Optional.empty(), "");
    }

    private X509Certificate findIssuer(X509Certificate child, Collection<X509Certificate> candidates,
                                       List<X509Certificate> inChain) {
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
        String link = sha256(child) + ">" + sha256(issuer);
        return verifiedLinks.computeIfAbsent(link, l -> {
            try {
                child.verify(issuer.getPublicKey());
                return true;
            } catch (Exception e) {
                return false;
            }
        });
    }

    public static String sha256(X509Certificate c) {
        try {
            return vn.bansao.common.Sha256.upperHex(c.getEncoded());
        } catch (Exception e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    public static ConcurrentHashMap<String, Boolean> newLinkCache() {
        return new ConcurrentHashMap<>();
    }
}
