package vn.bansao.testkit.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import vn.bansao.testkit.IdentitySpec;

/** Makes one X.509 v3 certificate from an {@link IdentitySpec}. */
public final class CertificateMaker {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the kit's services are, to be written into AIA and CRL distribution points. */
    public record Urls(String ocsp, String caIssuers, String crl) {
    }

    private CertificateMaker() {
    }

    /** A random positive 64-bit serial number (RFC 5280 allows up to 20 octets). */
    public static BigInteger newSerial() {
        return new BigInteger(64, RANDOM).setBit(62);
    }

    /**
     * Issues a certificate.
     *
     * @param issuerName   the issuer's subject (equals {@code subject} for a self-signed root)
     * @param issuerKey    the issuer's public key (for the authority key identifier)
     * @param signingKey   the issuer's private key
     * @param sigAlgorithm JCA algorithm the issuer signs with
     * @param urls         revocation/issuer URLs, or null for none
     */
    public static X509Certificate issue(IdentitySpec spec, PublicKey subjectKey, X500Name issuerName,
                                        PublicKey issuerKey, PrivateKey signingKey, String sigAlgorithm, Urls urls) {
        try {
            Instant now = Instant.now();
            Instant notBefore = spec.notBefore() != null ? spec.notBefore() : now.minus(Duration.ofDays(1));
            Instant notAfter = spec.notAfter() != null ? spec.notAfter() : now.plus(Duration.ofDays(730));
            X500Name subject = Names.subject(spec);
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuerName, newSerial(),
                    Date.from(notBefore), Date.from(notAfter), subject,
                    SubjectPublicKeyInfo.getInstance(subjectKey.getEncoded()));
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerKey));
            b.addExtension(Extension.basicConstraints, true,
                    spec.ca() ? new BasicConstraints(true) : new BasicConstraints(false));
            if (!spec.keyUsage().isEmpty()) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsageBits(spec)));
            }
            if (!spec.extendedKeyUsages().isEmpty()) {
                KeyPurposeId[] ids = spec.extendedKeyUsages().stream()
                        .map(o -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(o))).toArray(KeyPurposeId[]::new);
                b.addExtension(Extension.extendedKeyUsage, spec.ekuCritical(), new ExtendedKeyUsage(ids));
            }
            if (spec.ocspNoCheck()) {
                b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
            }
            if (urls != null && spec.revocationUrls()) {
                java.util.List<AccessDescription> aia = new java.util.ArrayList<>();
                if (urls.ocsp() != null) {
                    aia.add(new AccessDescription(AccessDescription.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, urls.ocsp())));
                }
                if (urls.caIssuers() != null) {
                    aia.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
                            new GeneralName(GeneralName.uniformResourceIdentifier, urls.caIssuers())));
                }
                if (!aia.isEmpty()) {
                    b.addExtension(Extension.authorityInfoAccess, false,
                            new AuthorityInformationAccess(aia.toArray(new AccessDescription[0])));
                }
                if (urls.crl() != null) {
                    DistributionPoint dp = new DistributionPoint(new DistributionPointName(new GeneralNames(
                            new GeneralName(GeneralName.uniformResourceIdentifier, urls.crl()))), null, null);
                    b.addExtension(Extension.cRLDistributionPoints, false,
                            new CRLDistPoint(new DistributionPoint[] {dp}));
                }
            }
            X509CertificateHolder holder = b.build(Bc.signer(sigAlgorithm, signingKey));
            return vn.bansao.common.Pem.parseCertificate(holder.getEncoded());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue certificate " + spec.alias(), e);
        }
    }

    private static int keyUsageBits(IdentitySpec spec) {
        int bits = 0;
        for (IdentitySpec.KeyUsage u : spec.keyUsage()) {
            bits |= switch (u) {
                case DIGITAL_SIGNATURE -> KeyUsage.digitalSignature;
                case NON_REPUDIATION -> KeyUsage.nonRepudiation;
                case KEY_ENCIPHERMENT -> KeyUsage.keyEncipherment;
                case DATA_ENCIPHERMENT -> KeyUsage.dataEncipherment;
                case KEY_AGREEMENT -> KeyUsage.keyAgreement;
                case KEY_CERT_SIGN -> KeyUsage.keyCertSign;
                case CRL_SIGN -> KeyUsage.cRLSign;
            };
        }
        return bits;
    }
}
