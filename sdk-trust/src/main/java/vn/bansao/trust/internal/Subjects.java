package vn.bansao.trust.internal;

import java.security.cert.X509Certificate;
import java.text.Normalizer;
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

/** Reads CN, T, O and the {@code KIND:value} UIDs of a Vietnamese certificate subject; compares names. */
public final class Subjects {
    private Subjects() {
    }

    public static String dn(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }

    public static Optional<String> first(X509Certificate c, ASN1ObjectIdentifier type) {
        List<String> v = all(c, type);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    public static Optional<String> commonName(X509Certificate c) {
        return first(c, BCStyle.CN);
    }

    public static Optional<String> title(X509Certificate c) {
        return first(c, BCStyle.T);
    }

    /** The values of UIDs {@code KIND:value} whose kind is one of {@code kinds} (upper case). */
    public static List<String> uids(X509Certificate c, java.util.Collection<String> kinds) {
        List<String> out = new ArrayList<>();
        for (String uid : all(c, BCStyle.UID)) {
            int colon = uid.indexOf(':');
            if (colon > 0 && kinds.contains(uid.substring(0, colon).trim().toUpperCase(Locale.ROOT))
                    && !uid.substring(colon + 1).isBlank()) {
                out.add(uid.substring(colon + 1).trim());
            }
        }
        return out;
    }

    public static List<String> all(X509Certificate c, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
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

    /**
     * A name as compared: Unicode NFC, lower case, white space collapsed, trailing punctuation dropped. Vietnamese
     * diacritics are kept ("Hương" is not "Hường").
     */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return n.replaceAll("[\\s.;,]+$", "");
    }

    /** The main part of a body's name: before the first comma ("UBND phường Bến Nghé, Quận 1" → "ubnd phường bến nghé"). */
    public static String mainName(String s) {
        String n = normalise(s);
        int comma = n.indexOf(',');
        return comma < 0 ? n : n.substring(0, comma).trim();
    }
}
