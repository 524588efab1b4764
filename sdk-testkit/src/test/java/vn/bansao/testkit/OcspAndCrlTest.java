package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bansao.testkit.internal.Bc;

class OcspAndCrlTest {

    private static TestPki pki;

    @BeforeAll
    static void startPki() {
        pki = TestPki.start();
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    @Test
    void ocspAnswersGoodThenRevokedOverPostAndGet() throws Exception {
        Identity holder = pki.issue(IdentitySpec.officer().toBuilder().alias("to-revoke").build());

        BasicOCSPResp before = askPost(holder, pki.issuingCa(), new byte[] {7, 7, 7});
        assertThat(before.getResponses()[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);

        Instant when = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        pki.revoke(holder, when, RevocationReason.KEY_COMPROMISE);

        for (BasicOCSPResp after : new BasicOCSPResp[] {askPost(holder, pki.issuingCa(), new byte[] {8}),
                askGet(holder, pki.issuingCa())}) {
            Object status = after.getResponses()[0].getCertStatus();
            assertThat(status).isInstanceOf(RevokedStatus.class);
            RevokedStatus revoked = (RevokedStatus) status;
            assertThat(revoked.getRevocationTime().toInstant()).isEqualTo(when);
            assertThat(revoked.getRevocationReason()).isEqualTo(RevocationReason.KEY_COMPROMISE.code());
        }
        // the officer is untouched
        assertThat(askPost(pki.officer(), pki.issuingCa(), null).getResponses()[0].getCertStatus())
                .isEqualTo(CertificateStatus.GOOD);
    }

    @Test
    void ocspSaysUnknownForAForeignCertificateAndRootAnswersForTheIssuingCa() throws Exception {
        Identity impostor = pki.issue(IdentitySpec.impostorAuthority());
        OCSPResp foreign = new OCSPResp(Net.post(pki.ocspUrl(), "application/ocsp-request",
                request(impostor, impostor.issuerCertificate(), null).getEncoded()).body());
        assertThat(foreign.getStatus()).isEqualTo(OCSPResp.UNAUTHORIZED);

        BasicOCSPResp caStatus = askPost(pki.issuingCa(), pki.root(), null);
        assertThat(caStatus.getResponses()[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        assertThat(caStatus.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER)
                .build(pki.root().certificate()))).isTrue();

        Identity neverIssued = pki.issue(IdentitySpec.officer());
        OCSPReq unknown = new OCSPReqBuilder().addRequest(new CertificateID(
                Bc.digests().get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(pki.issuingCa().certificate()),
                neverIssued.serialNumber().add(BigInteger.ONE))).build();
        BasicOCSPResp r = (BasicOCSPResp) new OCSPResp(Net.post(pki.ocspUrl(), "application/ocsp-request",
                unknown.getEncoded()).body()).getResponseObject();
        assertThat(r.getResponses()[0].getCertStatus()).isInstanceOf(UnknownStatus.class);
    }

    @Test
    void crlDownloadedOverHttpListsTheRevokedSerialAndVerifiesWithTheIssuingCaKey() throws Exception {
        Identity holder = pki.issue(IdentitySpec.authority().toBuilder().alias("crl-victim").build());
        pki.revoke(holder, Instant.now(), RevocationReason.CESSATION_OF_OPERATION);

        var http = Net.get(pki.crlUrl());
        assertThat(http.statusCode()).isEqualTo(200);
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new java.io.ByteArrayInputStream(http.body()));

        crl.verify(pki.issuingCa().certificate().getPublicKey(), Bc.PROVIDER);
        assertThat(crl.getIssuerX500Principal()).isEqualTo(pki.issuingCa().certificate().getSubjectX500Principal());
        assertThat(crl.getRevokedCertificate(holder.serialNumber())).isNotNull();
        assertThat(crl.getRevokedCertificate(holder.serialNumber()).getRevocationReason())
                .isEqualTo(java.security.cert.CRLReason.CESSATION_OF_OPERATION);
        assertThat(crl.getRevokedCertificate(pki.officer().serialNumber())).isNull();
        assertThat(crl.getNextUpdate()).isAfter(new java.util.Date());
        assertThat(crl.isRevoked(holder.certificate())).isTrue();

        // the URL in the certificate's CRL distribution point is the one served
        assertThat(new String(holder.certificate().getExtensionValue(Extension.cRLDistributionPoints.getId()),
                StandardCharsets.ISO_8859_1)).contains(pki.crlUrl());
        // and the caIssuers URL serves the issuing CA
        var caIssuer = Net.get(pki.crlUrl().replace("/crl/issuing-ca.crl", "/certs/issuing-ca.cer"));
        assertThat(caIssuer.body()).isEqualTo(pki.issuingCa().certificate().getEncoded());
    }

    @Test
    void revokingTheIssuingCaShowsInTheRootCrlAndTheRootsOcspAnswer() throws Exception {
        try (TestPki own = TestPki.start()) {
            own.revoke(own.issuingCa(), Instant.now(), RevocationReason.CA_COMPROMISE);

            X509CRL rootCrl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new java.io.ByteArrayInputStream(Net.get(own.rootCrlUrl()).body()));
            rootCrl.verify(own.root().certificate().getPublicKey());
            assertThat(rootCrl.isRevoked(own.issuingCa().certificate())).isTrue();
            assertThat(own.crl().isRevoked(own.officer().certificate())).isFalse();

            OCSPReq req = request(own.issuingCa(), own.root().certificate(), null);
            BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(Net.post(own.ocspUrl(), "application/ocsp-request",
                    req.getEncoded()).body()).getResponseObject();
            assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER)
                    .build(own.root().certificate()))).isTrue();
            assertThat(basic.getResponses()[0].getCertStatus()).isInstanceOf(RevokedStatus.class);
        }
    }

    @Test
    void malformedRequestsGetAnOcspErrorNotAStackTrace() throws Exception {
        OCSPResp resp = new OCSPResp(Net.post(pki.ocspUrl(), "application/ocsp-request", new byte[] {1, 2, 3})
                .body());
        assertThat(resp.getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
        assertThat(Net.post(pki.tsaUrl(), "application/timestamp-query", new byte[] {1, 2, 3}).statusCode())
                .isEqualTo(400);
        assertThat(Net.get(pki.crlUrl().replace("issuing-ca.crl", "nothing.crl")).statusCode()).isEqualTo(404);
    }

    private static OCSPReq request(Identity holder, java.security.cert.X509Certificate issuer, byte[] nonce)
            throws Exception {
        OCSPReqBuilder b = new OCSPReqBuilder().addRequest(new CertificateID(Bc.digests().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), holder.serialNumber()));
        if (nonce != null) {
            b.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(nonce))));
        }
        return b.build();
    }

    private static BasicOCSPResp askPost(Identity holder, Identity issuer, byte[] nonce) throws Exception {
        OCSPReq req = request(holder, issuer.certificate(), nonce);
        var http = Net.post(pki.ocspUrl(), "application/ocsp-request", req.getEncoded());
        assertThat(http.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        BasicOCSPResp basic = verified(new OCSPResp(http.body()), issuer);
        if (nonce != null) {
            assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue())
                    .isEqualTo(new DEROctetString(nonce));
        }
        return basic;
    }

    private static BasicOCSPResp askGet(Identity holder, Identity issuer) throws Exception {
        String b64 = Base64.getEncoder().encodeToString(request(holder, issuer.certificate(), null).getEncoded());
        var http = Net.get(pki.ocspUrl() + "/" + URLEncoder.encode(b64, StandardCharsets.US_ASCII));
        return verified(new OCSPResp(http.body()), issuer);
    }

    /** Checks the response is signed by the delegated responder, itself issued by the CA. */
    private static BasicOCSPResp verified(OCSPResp resp, Identity issuer) throws Exception {
        assertThat(resp.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BasicOCSPResp basic = (BasicOCSPResp) resp.getResponseObject();
        var signerCert = basic.getCerts().length > 0 ? basic.getCerts()[0]
                : new JcaX509CertificateHolder(issuer.certificate());
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER)
                .build(signerCert))).isTrue();
        if (basic.getCerts().length > 0) {
            assertThat(signerCert).isEqualTo(new JcaX509CertificateHolder(pki.ocspResponder().certificate()));
            assertThat(signerCert.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER)
                    .build(issuer.certificate()))).isTrue();
        }
        return basic;
    }
}
