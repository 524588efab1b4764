package vn.bansao.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.cmp.PKIFreeText;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import vn.bansao.testkit.Identity;

/**
 * An RFC 3161 responder that signs with any identity, whatever its certificate allows (BouncyCastle's own token
 * generator refuses a certificate without the critical timeStamping EKU): the tokens a forger could mint with a
 * signer's key, an OCSP responder's key or a TSA certificate lacking the EKU. Optionally with an ESS
 * signing-certificate-v2 attribute naming another certificate (the issuer's), so the token is not bound to the
 * certificate that signed it (BouncyCastle cannot even parse a token without the attribute). Negative tests only.
 */
public final class LenientTsaHandler implements HttpHandler {

    private final Identity signer;
    private final boolean essBinding;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    public LenientTsaHandler(Identity signer, boolean essBinding) {
        this.signer = signer;
        this.essBinding = essBinding;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            TimeStampRequest request = new TimeStampRequest(Http.body(ex));
            TSTInfo info = new TSTInfo(new ASN1ObjectIdentifier(TsaHandler.POLICY_OID),
                    new MessageImprint(new AlgorithmIdentifier(request.getMessageImprintAlgOID()),
                            request.getMessageImprintDigest()),
                    new ASN1Integer(serial.incrementAndGet()), new ASN1GeneralizedTime(new Date()), null, null,
                    request.getNonce() == null ? null : new ASN1Integer(request.getNonce()), null, null);
            AttributeTable attrs = new AttributeTable(new org.bouncycastle.asn1.ASN1EncodableVector());
            {
                java.security.cert.X509Certificate named = essBinding || signer.chain().size() < 2
                        ? signer.certificate() : signer.chain().get(1);
                byte[] hash = vn.bansao.common.Sha256.digest(named.getEncoded());
                attrs = attrs.add(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new SigningCertificateV2(new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash)));
            }
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            final AttributeTable signedAttrs = attrs;
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Bc.digests())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signedAttrs))
                    .build(Bc.signer(signer.signatureAlgorithm(), signer.privateKey()), signer.certificate()));
            gen.addCertificates(new JcaCertStore(signer.chain()));
            CMSSignedData token = gen.generate(new CMSProcessableByteArray(PKCSObjectIdentifiers.id_ct_TSTInfo,
                    info.getEncoded(ASN1Encoding.DER)), true);
            TimeStampResp resp = new TimeStampResp(new PKIStatusInfo(PKIStatus.granted, (PKIFreeText) null),
                    ContentInfo.getInstance(token.toASN1Structure()));
            Http.send(ex, 200, "application/timestamp-reply", resp.getEncoded());
        } catch (Exception e) {
            Http.send(ex, 400, "text/plain", ("bad time-stamp request: " + e).getBytes());
        }
    }

}
