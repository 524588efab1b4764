package vn.bansao.verify.internal.cms;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import vn.bansao.verify.SignerIdentity;

/**
 * Reads a Vietnamese certificate subject: CN, T, O and the identifiers of repeated {@code UID}
 * attributes ({@code MST:}, {@code CCCD:}, {@code CMND:}, {@code MNS:}).
 *
 * <pre>{@code
 * SignerIdentity id = SignerIdentities.of(certificate); // id.cccd(), id.mst(), id.title()
 * }</pre>
 */
public final class SignerIdentities {

    private SignerIdentities() {
    }

    public static SignerIdentity of(X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        String cn = first(name, BCStyle.CN).orElse(cert.getSubjectX500Principal().getName());
        List<String> mst = new ArrayList<>();
        List<String> cccd = new ArrayList<>();
        List<String> cmnd = new ArrayList<>();
        List<String> mns = new ArrayList<>();
        for (String uid : all(name, BCStyle.UID)) {
            int colon = uid.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String kind = uid.substring(0, colon).trim().toUpperCase(Locale.ROOT);
            String value = uid.substring(colon + 1).trim();
            switch (kind) {
                case "MST" -> mst.add(value);
                case "CCCD" -> cccd.add(value);
                case "CMND" -> cmnd.add(value);
                case "MNS" -> mns.add(value);
                default -> {
                    // other UID kinds are kept in the full subject only
                }
            }
        }
        return new SignerIdentity(cn, first(name, BCStyle.T), first(name, BCStyle.O), mst, cccd, cmnd, mns,
                cert.getSubjectX500Principal().getName());
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        List<String> v = all(name, type);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    private static List<String> all(X500Name name, ASN1ObjectIdentifier type) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                if (tv.getType().equals(type)) {
                    out.add(IETFUtils.valueToString(tv.getValue()).replace("\\", ""));
                }
            }
        }
        return out;
    }
}
