package vn.bansao.trust;

import java.util.ArrayList;
import java.util.List;

/**
 * Revocation data found with a signature: DER OCSPResponses and CRLs from every source of the file (the CMS,
 * the DSS dictionary and its VRI entries). Every item is checked before it is used.
 *
 * <pre>{@code
 * RevocationEvidence ev = RevocationEvidence.of(cmsOcsps, cmsCrls).and(RevocationEvidence.of(dssOcsps, dssCrls));
 * }</pre>
 *
 * @param ocsps DER OCSPResponse structures
 * @param crls  DER CRLs
 */
public record RevocationEvidence(List<byte[]> ocsps, List<byte[]> crls) {

    public RevocationEvidence {
        ocsps = List.copyOf(ocsps);
        crls = List.copyOf(crls);
    }

    public static RevocationEvidence none() {
        return new RevocationEvidence(List.of(), List.of());
    }

    public static RevocationEvidence of(List<byte[]> ocsps, List<byte[]> crls) {
        return new RevocationEvidence(ocsps, crls);
    }

    /** Both sources together. */
    public RevocationEvidence and(RevocationEvidence other) {
        List<byte[]> o = new ArrayList<>(ocsps);
        o.addAll(other.ocsps);
        List<byte[]> c = new ArrayList<>(crls);
        c.addAll(other.crls);
        return new RevocationEvidence(o, c);
    }
}
