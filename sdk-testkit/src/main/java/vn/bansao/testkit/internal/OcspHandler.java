package vn.bansao.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import vn.bansao.testkit.Identity;

/**
 * RFC 6960 OCSP over HTTP POST and GET ({@code /ocsp/<base64 request>}). Certificates of the issuing CA are
 * answered by the delegated responder; the issuing CA's own certificate by the root directly. Good / revoked
 * come from the CA's records; serials the CA never issued are "unknown". The nonce is echoed.
 */
public final class OcspHandler implements HttpHandler {

    /** A CA together with who signs OCSP answers for it. */
    public record Responder(CertificateAuthority ca, Identity signer) {
    }

    private final Supplier<List<Responder>> responders;

    public OcspHandler(Supplier<List<Responder>> responders) {
        this.responders = responders;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        byte[] der;
        if ("POST".equals(ex.getRequestMethod())) {
            der = Http.body(ex);
        } else if ("GET".equals(ex.getRequestMethod())) {
            String path = ex.getRequestURI().getRawPath();
            int slash = path.indexOf('/', 1);
            if (slash < 0 || slash == path.length() - 1) {
                Http.send(ex, 400, "text/plain", "GET /ocsp/<base64 OCSP request>".getBytes());
                return;
            }
            try {
                der = Base64.getDecoder().decode(
                        URLDecoder.decode(path.substring(slash + 1), StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException e) {
                Http.send(ex, 200, "application/ocsp-response", malformed());
                return;
            }
        } else {
            Http.send(ex, 405, "text/plain", "GET or POST".getBytes());
            return;
        }
        Http.send(ex, 200, "application/ocsp-response", answer(der));
    }

    private byte[] answer(byte[] der) throws IOException {
        OCSPReq request;
        try {
            request = new OCSPReq(der);
        } catch (IOException | RuntimeException e) {
            return malformed();
        }
        Req[] items = request.getRequestList();
        if (items.length == 0) {
            return malformed();
        }
        try {
            Optional<Responder> responder = responderFor(items[0].getCertID());
            if (responder.isEmpty()) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
            }
            Identity signer = responder.get().signer();
            CertificateAuthority ca = responder.get().ca();
            BasicOCSPRespBuilder b = new JcaBasicOCSPRespBuilder(signer.certificate().getPublicKey(),
                    Bc.digests().get(CertificateID.HASH_SHA1));
            Instant now = Instant.now();
            for (Req item : items) {
                CertificateID id = item.getCertID();
                CertificateStatus status;
                if (!matches(id, ca.certificate()) || !ca.hasIssued(id.getSerialNumber())) {
                    status = new UnknownStatus();
                } else {
                    status = ca.revocation(id.getSerialNumber())
                            .<CertificateStatus>map(r -> new RevokedStatus(Date.from(r.when()), r.reason().code()))
                            .orElse(CertificateStatus.GOOD);
                }
                b.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofHours(1))), null);
            }
            Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                b.setResponseExtensions(new Extensions(nonce));
            }
            X509CertificateHolder[] chain = signer.certificate().equals(ca.certificate())
                    ? new X509CertificateHolder[0]
                    : new X509CertificateHolder[] {new JcaX509CertificateHolder(signer.certificate())};
            BasicOCSPResp basic = b.build(Bc.signer(signer.signatureAlgorithm(), signer.privateKey()), chain,
                    Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (OCSPException | java.security.cert.CertificateEncodingException
                 | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IOException(e);
        }
    }

    private Optional<Responder> responderFor(CertificateID id) {
        return responders.get().stream().filter(r -> matches(id, r.ca().certificate())).findFirst();
    }

    private static boolean matches(CertificateID id, X509Certificate issuer) {
        try {
            return id.matchesIssuer(new JcaX509CertificateHolder(issuer), Bc.digests());
        } catch (OCSPException | java.security.cert.CertificateEncodingException e) {
            return false;
        }
    }

    private static byte[] malformed() throws IOException {
        try {
            return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
        } catch (OCSPException e) {
            throw new IOException(e);
        }
    }

}
