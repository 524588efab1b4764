package vn.bansao.trust.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.trust.HttpFetcher;
import vn.bansao.trust.NetworkAccess;
import vn.bansao.trust.RevocationCheck;
import vn.bansao.trust.RevocationEvidence;

/**
 * The revocation layer: reads every OCSP response and CRL given (all of them, not the first that matches), keeps
 * those signed by the issuer or a responder it delegated to, fetches more from allowed hosts only when the file's
 * evidence is not conclusive, and decides with the freshness rule of ETSI EN 319 102-1 §5.2.5.4: evidence about a
 * control time T counts when its thisUpdate is after T, or at most {@code grace} before T.
 */
public final class Revocations {

    private static final Logger LOG = LoggerFactory.getLogger(Revocations.class);

    private final HttpFetcher fetcher;
    private final Duration grace;
    private final Chains links;

    public Revocations(NetworkAccess network, Duration grace, Chains links) {
        this.fetcher = HttpFetcher.of(network);
        this.grace = grace;
        this.links = links;
    }

    public RevocationCheck status(X509Certificate cert, X509Certificate issuer, RevocationEvidence given, Instant control,
                                  Instant now) {
        List<Evidence> all = new ArrayList<>();
        all.addAll(fromOcsp(cert, issuer, given.ocsps(), now, false));
        all.addAll(fromCrls(cert, issuer, given.crls(), now, false));
        RevocationCheck decided = decide(all, control);
        if (decided.status() == RevocationCheck.Status.REVOKED || decided.status() == RevocationCheck.Status.GOOD) {
            return decided;
        }
        all.addAll(online(cert, issuer, now));
        return decide(all, control);
    }

    RevocationCheck decide(List<Evidence> all, Instant control) {
        Optional<Evidence> revoked = all.stream()
                .filter(e -> e.revokedAt().isPresent() && !e.revokedAt().get().isAfter(control))
                .min(Comparator.comparing(e -> e.revokedAt().get()));
        if (revoked.isPresent()) {
            Evidence e = revoked.get();
            return new RevocationCheck(RevocationCheck.Status.REVOKED, e.source(), Optional.of(e.thisUpdate()),
                    e.revokedAt(), e.online(), e.source() + " issued " + e.thisUpdate() + " says revoked at "
                    + e.revokedAt().get() + ", not after " + control);
        }
        Optional<Evidence> freshest = all.stream().max(Comparator.comparing(Evidence::thisUpdate));
        if (freshest.isEmpty()) {
            return RevocationCheck.unknown();
        }
        Evidence e = freshest.get();
        boolean fresh = !e.thisUpdate().isBefore(control.minus(grace));
        if (fresh) {
            return new RevocationCheck(RevocationCheck.Status.GOOD, e.source(), Optional.of(e.thisUpdate()), e.revokedAt(),
                    e.online(), e.source() + " issued " + e.thisUpdate() + " says not revoked at " + control);
        }
        return new RevocationCheck(RevocationCheck.Status.STALE, e.source(), Optional.of(e.thisUpdate()), Optional.empty(),
                e.online(), "the freshest " + e.source() + " was issued " + e.thisUpdate() + ", more than " + grace
                + " before the control time " + control + " (best proof of existence)");
    }

    private List<Evidence> fromOcsp(X509Certificate cert, X509Certificate issuer, List<byte[]> ocsps, Instant now,
                                    boolean online) {
        List<Evidence> out = new ArrayList<>();
        for (byte[] der : ocsps) {
            try {
                OCSPResp resp = new OCSPResp(der);
                if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                    continue;
                }
                DigestCalculatorProvider dcp = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
                X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
                Boolean verified = null;
                for (SingleResp sr : basic.getResponses()) {
                    CertificateID id = sr.getCertID();
                    if (!id.getSerialNumber().equals(cert.getSerialNumber()) || !id.matchesIssuer(issuerHolder, dcp)) {
                        continue;
                    }
                    if (verified == null) {
                        verified = responderVerifies(basic, issuer);
                    }
                    if (!verified) {
                        LOG.debug("OCSP response for {} has an unverifiable signature", cert.getSerialNumber());
                        break;
                    }
                    Instant thisUpdate = sr.getThisUpdate().toInstant();
                    if (thisUpdate.isAfter(now.plus(Duration.ofMinutes(5)))) {
                        continue; // from the future: not believed
                    }
                    Optional<Instant> next = Optional.ofNullable(sr.getNextUpdate()).map(java.util.Date::toInstant);
                    Object status = sr.getCertStatus();
                    if (status == null) {
                        out.add(new Evidence("OCSP", thisUpdate, next, Optional.empty(), online));
                    } else if (status instanceof RevokedStatus rs) {
                        out.add(new Evidence("OCSP", thisUpdate, next, Optional.of(rs.getRevocationTime().toInstant()), online));
                    }
                    // UnknownStatus: no statement
                }
            } catch (Exception e) {
                LOG.debug("unreadable OCSP response skipped: {}", e.toString());
            }
        }
        return out;
    }

    private boolean responderVerifies(BasicOCSPResp basic, X509Certificate issuer) throws Exception {
        JcaContentVerifierProviderBuilder vb = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER);
        try {
            if (basic.isSignatureValid(vb.build(issuer))) {
                return true;
            }
        } catch (Exception ignored) {
            // try a delegated responder
        }
        for (X509CertificateHolder h : basic.getCerts()) {
            X509Certificate responder = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(h);
            List<String> eku = responder.getExtendedKeyUsage();
            if (eku != null && eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && links.signedBy(responder, issuer) && basic.isSignatureValid(vb.build(h))) {
                return true;
            }
        }
        return false;
    }

    private List<Evidence> fromCrls(X509Certificate cert, X509Certificate issuer, List<byte[]> crls, Instant now,
                                    boolean online) {
        List<Evidence> out = new ArrayList<>();
        for (byte[] der : crls) {
            try {
                X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    continue;
                }
                crl.verify(issuer.getPublicKey());
                Instant thisUpdate = crl.getThisUpdate().toInstant();
                if (thisUpdate.isAfter(now.plus(Duration.ofMinutes(5)))) {
                    continue;
                }
                Optional<Instant> next = Optional.ofNullable(crl.getNextUpdate()).map(java.util.Date::toInstant);
                X509CRLEntry entry = crl.getRevokedCertificate(cert);
                out.add(new Evidence("CRL", thisUpdate, next,
                        entry == null ? Optional.empty() : Optional.of(entry.getRevocationDate().toInstant()), online));
            } catch (Exception e) {
                LOG.debug("unusable CRL skipped: {}", e.toString());
            }
        }
        return out;
    }

    private List<Evidence> online(X509Certificate cert, X509Certificate issuer, Instant now) {
        List<Evidence> out = new ArrayList<>();
        for (String url : ocspUrls(cert)) {
            if (!fetcher.allows(url)) {
                LOG.debug("OCSP URL {} not on the allow-list: not fetched", url);
                continue;
            }
            try {
                OCSPReqBuilder b = new OCSPReqBuilder();
                DigestCalculatorProvider dcp = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
                b.addRequest(new CertificateID(dcp.get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer),
                        cert.getSerialNumber()));
                out.addAll(fromOcsp(cert, issuer, List.of(fetcher.post(url, b.build().getEncoded(),
                        "application/ocsp-request")), now, true));
                if (!out.isEmpty()) {
                    return out;
                }
            } catch (Exception e) {
                LOG.debug("OCSP request to {} failed: {}", url, e.toString());
            }
        }
        for (String url : crlUrls(cert)) {
            if (!fetcher.allows(url)) {
                LOG.debug("CRL URL {} not on the allow-list: not fetched", url);
                continue;
            }
            try {
                out.addAll(fromCrls(cert, issuer, List.of(fetcher.get(url)), now, true));
                if (!out.isEmpty()) {
                    return out;
                }
            } catch (Exception e) {
                LOG.debug("CRL download from {} failed: {}", url, e.toString());
            }
        }
        return out;
    }

    public static List<String> ocspUrls(X509Certificate cert) {
        List<String> out = new ArrayList<>();
        try {
            byte[] ext = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
            if (ext == null) {
                return out;
            }
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ext));
            for (AccessDescription ad : aia.getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(ad.getAccessMethod())
                        && ad.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    out.add(ASN1IA5String.getInstance(ad.getAccessLocation().getName()).getString());
                }
            }
        } catch (Exception ignored) {
            // no usable AIA
        }
        return out;
    }

    public static List<String> crlUrls(X509Certificate cert) {
        List<String> out = new ArrayList<>();
        try {
            byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
            if (ext == null) {
                return out;
            }
            CRLDistPoint cdp = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ext));
            for (DistributionPoint dp : cdp.getDistributionPoints()) {
                DistributionPointName name = dp.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName gn : GeneralNames.getInstance(name.getName()).getNames()) {
                        if (gn.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            out.add(ASN1IA5String.getInstance(gn.getName()).getString());
                        }
                    }
                }
            }
        } catch (Exception ignored) {
            // no usable CDP
        }
        return out;
    }
}
