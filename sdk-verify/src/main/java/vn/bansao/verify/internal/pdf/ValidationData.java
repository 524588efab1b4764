package vn.bansao.verify.internal.pdf;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import vn.bansao.verify.TrustAnchors;

/**
 * The PAdES Document Security Store (/DSS) of a revision: certificates, OCSP responses and CRLs.
 * Each stream is decoded with a size cap.
 *
 * <pre>{@code
 * ValidationData dss = ValidationData.of(finalRevision); // dss.ocsps(), dss.crls()
 * }</pre>
 *
 * @param certificates DSS /Certs
 * @param ocsps        DSS /OCSPs (DER OCSPResponse)
 * @param crls         DSS /CRLs (DER)
 */
public record ValidationData(List<X509Certificate> certificates, List<byte[]> ocsps, List<byte[]> crls) {

    private static final int MAX_ITEM = 4 << 20;
    private static final int MAX_ITEMS = 1000;

    public static ValidationData empty() {
        return new ValidationData(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return certificates.isEmpty() && ocsps.isEmpty() && crls.isEmpty();
    }

    public static ValidationData of(Revision rev) {
        COSDictionary catalog = rev.catalog();
        COSDictionary dss = catalog == null ? null : Cos.dict(catalog.getItem(COSName.getPDFName("DSS")));
        if (dss == null) {
            return empty();
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (byte[] der : streams(dss, "Certs")) {
            try {
                certs.addAll(TrustAnchors.parseCertificates(der));
            } catch (RuntimeException ignored) {
                // an unreadable certificate is not used
            }
        }
        List<byte[]> ocsps = streams(dss, "OCSPs");
        List<byte[]> crls = streams(dss, "CRLs");
        // VRI entries may carry evidence the top-level arrays lack: every source is consulted (issue 12)
        COSDictionary vri = Cos.dict(dss.getItem(COSName.getPDFName("VRI")));
        if (vri != null) {
            int n = 0;
            for (COSName key : vri.keySet()) {
                COSDictionary entry = Cos.dict(vri.getItem(key));
                if (entry == null || n++ >= MAX_ITEMS) {
                    continue;
                }
                addNew(ocsps, streams(entry, "OCSP"));
                addNew(crls, streams(entry, "CRL"));
                for (byte[] der : streams(entry, "Cert")) {
                    try {
                        certs.addAll(TrustAnchors.parseCertificates(der));
                    } catch (RuntimeException ignored) {
                        // an unreadable certificate is not used
                    }
                }
            }
        }
        return new ValidationData(certs, ocsps, crls);
    }

    private static void addNew(List<byte[]> into, List<byte[]> items) {
        for (byte[] b : items) {
            if (into.size() < MAX_ITEMS && into.stream().noneMatch(x -> java.util.Arrays.equals(x, b))) {
                into.add(b);
            }
        }
    }

    private static List<byte[]> streams(COSDictionary dss, String key) {
        List<byte[]> out = new ArrayList<>();
        COSArray a = Cos.array(dss.getItem(COSName.getPDFName(key)));
        if (a == null) {
            return out;
        }
        for (int i = 0; i < a.size() && i < MAX_ITEMS; i++) {
            COSBase b = Cos.deref(a.get(i));
            if (b instanceof COSStream s) {
                BoundedStreams.decode(s, MAX_ITEM).ifPresent(out::add); // an oversized stream is not used
            }
        }
        return out;
    }
}
