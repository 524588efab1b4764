package vn.bansao.signing.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import vn.bansao.signing.HashAlgorithm;

/**
 * The CMS of a PAdES baseline signature, built directly in ASN.1: detached, signed attributes
 * content-type, message-digest and signing-certificate-v2 only (no signing-time: PAdES takes the
 * time from /M and the time-stamp), certificates of the chain, and for B-T the signature
 * time-stamp as an unsigned attribute. Deterministic, so the data to be signed can be handed to a
 * remote signer and the CMS completed later from the same bytes.
 */
public final class CmsBuilder {

    private CmsBuilder() {
    }

    /** DER of the signed attributes SET: the bytes the signer's key signs. */
    public static byte[] signedAttributes(byte[] documentDigest, X509Certificate signer, HashAlgorithm hash) {
        try {
            AlgorithmIdentifier hashId = new AlgorithmIdentifier(new ASN1ObjectIdentifier(hash.oid()));
            byte[] certHash = MessageDigest.getInstance(hash.jcaName()).digest(signer.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
                    new ASN1Integer(signer.getSerialNumber()));
            ESSCertIDv2 certId = new ESSCertIDv2(hashId, certHash, issuerSerial);
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
            attrs.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(documentDigest))));
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            return new DERSet(attrs).getEncoded(ASN1Encoding.DER);
        } catch (NoSuchAlgorithmException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The complete CMS ContentInfo.
     *
     * @param timestampToken DER of a TimeStampToken over the signature value, or null for B-B
     */
    public static byte[] assemble(byte[] signedAttributes, byte[] signatureValue, SignatureScheme scheme,
                                  List<X509Certificate> chain, byte[] timestampToken) {
        try {
            X509Certificate signer = chain.get(0);
            AlgorithmIdentifier digestId = new AlgorithmIdentifier(new ASN1ObjectIdentifier(scheme.hash().oid()));
            SignerIdentifier sid = new SignerIdentifier(new IssuerAndSerialNumber(
                    X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()), signer.getSerialNumber()));
            ASN1Set unsigned = null;
            if (timestampToken != null) {
                unsigned = new DERSet(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(timestampToken))));
            }
            SignerInfo info = new SignerInfo(sid, digestId, ASN1Set.getInstance(signedAttributes),
                    scheme.algorithmIdentifier(), new DEROctetString(signatureValue), unsigned);
            ASN1EncodableVector certs = new ASN1EncodableVector();
            for (X509Certificate c : chain) {
                certs.add(Certificate.getInstance(c.getEncoded()));
            }
            SignedData signedData = new SignedData(new DERSet(digestId),
                    new ContentInfo(PKCSObjectIdentifiers.data, null), new DERSet(certs), null,
                    new DERSet(new ASN1Encodable[] {info}));
            return new ContentInfo(PKCSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DER);
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upper estimate of the CMS size, so /Contents is sized from the real certificates, not a fixed default. */
    public static int estimateSize(List<X509Certificate> chain, int signatureLength, int timestampReserve) {
        int certs = 0;
        for (X509Certificate c : chain) {
            try {
                certs += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                certs += 4096;
            }
        }
        // envelope, signed attributes (issuer name twice), algorithm identifiers: well under 1.5 KB
        return certs + signatureLength + timestampReserve + 1536;
    }
}
