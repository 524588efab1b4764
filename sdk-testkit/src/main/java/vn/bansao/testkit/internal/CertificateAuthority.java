package vn.bansao.testkit.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.KeyType;
import vn.bansao.testkit.RevocationReason;

/**
 * A CA of the kit: its identity, what it issued, what it revoked; makes certificates and CRLs.
 * Thread-safe: servers read the maps while tests revoke.
 */
public final class CertificateAuthority {

    private final Identity identity;
    private final Map<BigInteger, X509Certificate> issued = new ConcurrentHashMap<>();
    /** Serials known without their certificate (restored from servers.json). */
    private final java.util.Set<BigInteger> knownSerials = ConcurrentHashMap.newKeySet();
    private final Map<BigInteger, Revocation> revoked = new ConcurrentHashMap<>();
    private final AtomicLong crlNumber = new AtomicLong(1);

    public CertificateAuthority(Identity identity) {
        this.identity = identity;
    }

    /** Makes a self-signed root. */
    public static CertificateAuthority root(IdentitySpec spec, KeyType keyType, KeyPair keys) {
        X500Name name = Names.subject(spec);
        X509Certificate cert = CertificateMaker.issue(spec, keys.getPublic(), name, keys.getPublic(),
                keys.getPrivate(), keyType.jcaSignatureAlgorithm(), null);
        return new CertificateAuthority(new Identity(spec.alias(), keyType, cert, keys.getPrivate(), List.of(cert)));
    }

    public Identity identity() {
        return identity;
    }

    public X509Certificate certificate() {
        return identity.certificate();
    }

    /** Issues a certificate for {@code keys} as described by {@code spec}. */
    public Identity issue(IdentitySpec spec, KeyType keyType, KeyPair keys, CertificateMaker.Urls urls) {
        String alg = spec.sha1Signed() ? identity.keyType().sha1SignatureAlgorithm()
                : identity.keyType().jcaSignatureAlgorithm();
        X500Name issuerName = X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
        X509Certificate cert = CertificateMaker.issue(spec, keys.getPublic(), issuerName,
                certificate().getPublicKey(), identity.privateKey(), alg, urls);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert);
        chain.addAll(identity.chain());
        issued.put(cert.getSerialNumber(), cert);
        return new Identity(spec.alias(), keyType, cert, keys.getPrivate(), chain);
    }

    /** Records a certificate issued earlier (when a persisted PKI is loaded). */
    public void remember(X509Certificate cert) {
        issued.put(cert.getSerialNumber(), cert);
    }

    /** Records a serial issued earlier whose certificate is not at hand. */
    public void rememberSerial(BigInteger serial) {
        knownSerials.add(serial);
    }

    /** Serials known without their certificate. */
    public java.util.Set<BigInteger> knownSerials() {
        java.util.Set<BigInteger> out = new java.util.TreeSet<>(knownSerials);
        out.removeAll(issued.keySet());
        return out;
    }

    public boolean hasIssued(BigInteger serial) {
        return issued.containsKey(serial) || knownSerials.contains(serial);
    }

    public Map<BigInteger, X509Certificate> issued() {
        return Map.copyOf(issued);
    }

    public void revoke(BigInteger serial, Instant when, RevocationReason reason) {
        if (!hasIssued(serial)) {
            throw new IllegalArgumentException("serial " + serial.toString(16) + " was not issued by "
                    + certificate().getSubjectX500Principal().getName());
        }
        revoked.put(serial, new Revocation(when, reason));
    }

    public Optional<Revocation> revocation(BigInteger serial) {
        return Optional.ofNullable(revoked.get(serial));
    }

    public Map<BigInteger, Revocation> revoked() {
        return Map.copyOf(revoked);
    }

    /** A fresh CRL: this update now, next update in a day, every revoked serial with its reason. */
    public X509CRL crl() {
        return crlAsOf(Instant.now());
    }

    /**
     * The CRL as it was published at {@code thisUpdate}: only revocations dated at or before it, next update a day
     * later. A CRL from before a revocation is how a stale "not revoked" is made (negative tests).
     */
    public X509CRL crlAsOf(Instant thisUpdate) {
        try {
            Instant now = thisUpdate;
            X500Name issuerName = X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
            X509v2CRLBuilder b = new X509v2CRLBuilder(issuerName, Date.from(now));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            for (Map.Entry<BigInteger, Revocation> e : revoked.entrySet()) {
                if (e.getValue().when().isAfter(thisUpdate)) {
                    continue;
                }
                b.addCRLEntry(e.getKey(), Date.from(e.getValue().when()), e.getValue().reason().code());
            }
            b.addExtension(Extension.cRLNumber, false,
                    new CRLNumber(BigInteger.valueOf(crlNumber.getAndIncrement())));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate().getPublicKey()));
            byte[] der = b.build(Bc.signer(identity.signatureAlgorithm(), identity.privateKey())).getEncoded();
            return (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new java.io.ByteArrayInputStream(der));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot make CRL", e);
        }
    }
}
