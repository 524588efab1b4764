package vn.bansao.verify.internal.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.verify.NetworkPolicy;
import vn.bansao.verify.RevocationInfo;
import vn.bansao.verify.RevocationStatus;

/**
 * Revocation status of a certificate at a given time, from OCSP responses and CRLs embedded in the
 * document (CMS, DSS dictionary); fetched online only when the {@link NetworkPolicy} allows the host
 * named in the certificate (offline by default). Every response is signature-checked against the issuer
 * (or an OCSP responder the issuer delegated to).
 *
 * <pre>{@code
 * RevocationInfo r = new RevocationChecker(NetworkPolicy.offline(), chains).status(cert, issuer, evidence, when);
 * }</pre>
 */
public final class RevocationChecker {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationChecker.class);

    private final NetworkPolicy network;
    private final ChainBuilder chains;

    public RevocationChecker(NetworkPolicy network, ChainBuilder chains) {
        this.network = network;
        this.chains = chains;
    }

    /** Evidence gathered from a document: DER OCSPResponses and CRLs. */
    public record Evidence(List<byte[]> ocsps, List<byte[]> crls) {
    }

    public RevocationInfo status(X509Certificate cert, X509Certificate issuer, Evidence evidence, Instant at) {
        Optional<RevocationInfo> r = fromOcsp(cert, issuer, evidence.ocsps(), at, false);
        if (r.isEmpty()) {
            r = fromCrls(cert, issuer, evidence.crls(), at, false);
        }
        if (r.isEmpty() && !network.isOffline()) {
            r = online(cert, issuer, at);
        }
        return r.orElse(RevocationInfo.unknown());
    }

    private Optional<RevocationInfo> fromOcsp(X509Certificate cert, X509Certificate issuer, List<byte[]> ocsps,
                                              Instant at, boolean online) {
        for (byte[] der : ocsps) {
            try {
                OCSPResp resp = new OCSPResp(der);
                if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                    continue;
                }
                DigestCalculatorProvider dcp = new JcaDigestCalculatorProviderBuilder()
                        .setProvider(BouncyCastleProvider.PROVIDER_NAME).build();
                X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
                for (SingleResp sr : basic.getResponses()) {
                    CertificateID id = sr.getCertID();
                    if (!id.getSerialNumber().equals(cert.getSerialNumber()) || !id.matchesIssuer(issuerHolder, dcp)) {
                        continue;
                    }
                    if (!responderVerifies(basic, issuer)) {
                        LOG.debug("OCSP response for {} has an unverifiable signature", cert.getSerialNumber());
                        continue;
                    }
                    Instant issued = sr.getThisUpdate().toInstant();
                    Object status = sr.getCertStatus();
                    if (status == null) {
                        return Optional.of(new RevocationInfo(RevocationStatus.GOOD, "OCSP", Optional.of(issued),
                                Optional.empty(), online));
                    }
                    if (status instanceof RevokedStatus rs) {
                        Instant when = rs.getRevocationTime().toInstant();
                        RevocationStatus s = when.isAfter(at) ? RevocationStatus.GOOD : RevocationStatus.REVOKED;
                        return Optional.of(new RevocationInfo(s, "OCSP", Optional.of(issued), Optional.of(when), online));
                    }
                    if (status instanceof UnknownStatus) {
                        continue;
                    }
                }
            } catch (Exception e) {
                LOG.debug("unreadable OCSP response skipped: {}", e.toString());
            }
        }
        return Optional.empty();
    }

    private boolean responderVerifies(BasicOCSPResp basic, X509Certificate issuer) throws Exception {
        JcaContentVerifierProviderBuilder vb = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (basic.isSignatureValid(vb.build(issuer))) {
            return true;
        }
        for (X509CertificateHolder h : basic.getCerts()) {
            X509Certificate responder = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME).getCertificate(h);
            List<String> eku = responder.getExtendedKeyUsage();
            if (eku != null && eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && chains.signedBy(responder, issuer) && basic.isSignatureValid(vb.build(h))) {
                return true;
            }
        }
        return false;
    }

    private Optional<RevocationInfo> fromCrls(X509Certificate cert, X509Certificate issuer, List<byte[]> crls,
                                              Instant at, boolean online) {
        for (byte[] der : crls) {
            try {
                X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    continue;
                }
                crl.verify(issuer.getPublicKey());
                Instant issued = crl.getThisUpdate().toInstant();
                X509CRLEntry entry = crl.getRevokedCertificate(cert);
                if (entry == null) {
                    return Optional.of(new RevocationInfo(RevocationStatus.GOOD, "CRL", Optional.of(issued),
                            Optional.empty(), online));
                }
                Instant when = entry.getRevocationDate().toInstant();
                RevocationStatus s = when.isAfter(at) ? RevocationStatus.GOOD : RevocationStatus.REVOKED;
                return Optional.of(new RevocationInfo(s, "CRL", Optional.of(issued), Optional.of(when), online));
            } catch (Exception e) {
                LOG.debug("unusable CRL skipped: {}", e.toString());
            }
        }
        return Optional.empty();
    }

    private Optional<RevocationInfo> online(X509Certificate cert, X509Certificate issuer, Instant at) {
        for (String url : ocspUrls(cert)) {
            if (!network.allows(url)) {
                LOG.debug("OCSP URL {} not on the allow-list: not fetched", url);
                continue;
            }
            try {
                OCSPReqBuilder b = new OCSPReqBuilder();
                DigestCalculatorProvider dcp = new JcaDigestCalculatorProviderBuilder()
                        .setProvider(BouncyCastleProvider.PROVIDER_NAME).build();
                b.addRequest(new CertificateID(dcp.get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer),
                        cert.getSerialNumber()));
                byte[] resp = post(url, b.build().getEncoded(), "application/ocsp-request");
                Optional<RevocationInfo> r = fromOcsp(cert, issuer, List.of(resp), at, true);
                if (r.isPresent()) {
                    return r;
                }
            } catch (Exception e) {
                LOG.debug("OCSP request to {} failed: {}", url, e.toString());
            }
        }
        for (String url : crlUrls(cert)) {
            if (!network.allows(url)) {
                LOG.debug("CRL URL {} not on the allow-list: not fetched", url);
                continue;
            }
            try {
                Optional<RevocationInfo> r = fromCrls(cert, issuer, List.of(get(url)), at, true);
                if (r.isPresent()) {
                    return r;
                }
            } catch (Exception e) {
                LOG.debug("CRL download from {} failed: {}", url, e.toString());
            }
        }
        return Optional.empty();
    }

    private byte[] post(String url, byte[] body, String type) throws IOException {
        HttpURLConnection c = open(url);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", type);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        return read(c);
    }

    private byte[] get(String url) throws IOException {
        return read(open(url));
    }

    private HttpURLConnection open(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setInstanceFollowRedirects(false); // a redirect could leave the allow-list
        c.setConnectTimeout((int) network.timeout().toMillis());
        c.setReadTimeout((int) network.timeout().toMillis());
        return c;
    }

    private byte[] read(HttpURLConnection c) throws IOException {
        if (c.getResponseCode() != 200) {
            throw new IOException("HTTP " + c.getResponseCode());
        }
        try (InputStream in = c.getInputStream()) {
            byte[] data = in.readNBytes(network.maxResponseBytes() + 1);
            if (data.length > network.maxResponseBytes()) {
                throw new IOException("response larger than " + network.maxResponseBytes() + " bytes");
            }
            return data;
        }
    }

    static List<String> ocspUrls(X509Certificate cert) {
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

    static List<String> crlUrls(X509Certificate cert) {
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
