package vn.bansao.testkit.internal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import vn.bansao.testkit.IdentitySpec;

/**
 * Builds subject names the way Vietnamese CAs do: C, ST, L, O, OU, T, UID…, CN. BCStyle encodes every attribute
 * here as UTF8String except C (PrintableString), so Vietnamese letters survive DER exactly.
 */
public final class Names {

    private Names() {
    }

    public static X500Name subject(IdentitySpec spec) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        add(b, BCStyle.C, spec.country());
        add(b, BCStyle.ST, spec.state());
        add(b, BCStyle.L, spec.locality());
        add(b, BCStyle.O, spec.organization());
        add(b, BCStyle.OU, spec.organizationalUnit());
        add(b, BCStyle.T, spec.title());
        for (String uid : spec.uids()) {
            add(b, BCStyle.UID, uid);
        }
        add(b, BCStyle.CN, spec.commonName());
        return b.build();
    }

    private static void add(X500NameBuilder b, org.bouncycastle.asn1.ASN1ObjectIdentifier oid, String value) {
        if (value != null && !value.isEmpty()) {
            b.addRDN(oid, java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC));
        }
    }
}
