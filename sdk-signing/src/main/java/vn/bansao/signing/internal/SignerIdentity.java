package vn.bansao.signing.internal;

import java.security.cert.X509Certificate;
import java.text.Normalizer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Name, title and organisation of a signer as written in the certificate subject (CN, T, O), NFC.
 * Vietnamese officers' certificates state their title in T.
 */
public record SignerIdentity(String name, String title, String organisation) {

    public static SignerIdentity of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return new SignerIdentity(first(subject, BCStyle.CN), first(subject, BCStyle.T), first(subject, BCStyle.O));
    }

    private static String first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        String text = value instanceof ASN1String s ? s.getString() : value.toString();
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
