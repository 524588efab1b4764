package vn.bansao.verify.internal.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.util.DateConverter;

/**
 * Finds the signature dictionaries of a revision through its AcroForm signature fields; a dictionary
 * referenced from several fields is reported once with all field names.
 *
 * <pre>{@code
 * List<PdfSignature> sigs = SignatureScanner.scan(revision);
 * }</pre>
 */
public final class SignatureScanner {

    private static final int MAX_FIELDS = 10_000;

    private SignatureScanner() {
    }

    public static List<PdfSignature> scan(Revision rev) {
        COSDictionary catalog = rev.catalog();
        if (catalog == null) {
            return List.of();
        }
        COSDictionary acro = Cos.dict(catalog.getItem(COSName.ACRO_FORM));
        if (acro == null) {
            return List.of();
        }
        Optional<COSObjectKey> certKey = Optional.empty();
        COSDictionary perms = Cos.dict(catalog.getItem(COSName.PERMS));
        if (perms != null) {
            certKey = Cos.keyOf(perms.getItem(COSName.DOCMDP));
        }
        Map<Object, Builder> found = new LinkedHashMap<>();
        COSArray fields = Cos.array(acro.getItem(COSName.FIELDS));
        if (fields != null) {
            Set<COSObjectKey> seen = new HashSet<>();
            int[] budget = {MAX_FIELDS};
            for (COSBase f : fields) {
                walk(f, "", null, seen, found, budget, 0);
            }
        }
        List<PdfSignature> out = new ArrayList<>();
        for (Builder b : found.values()) {
            out.add(b.build(certKey));
        }
        return out;
    }

    private static void walk(COSBase ref, String parentName, COSName inheritedFt, Set<COSObjectKey> seen,
                             Map<Object, Builder> found, int[] budget, int depth) {
        Optional<COSObjectKey> key = Cos.keyOf(ref);
        if (depth > 32 || budget[0]-- <= 0 || (key.isPresent() && !seen.add(key.get()))) {
            return;
        }
        COSDictionary field = Cos.dict(ref);
        if (field == null) {
            return;
        }
        String partial = Cos.string(field, COSName.T);
        String name = partial == null ? parentName : (parentName.isEmpty() ? partial : parentName + "." + partial);
        COSBase ftItem = Cos.deref(field.getItem(COSName.FT));
        COSName ft = ftItem instanceof COSName n ? n : inheritedFt;
        COSArray kids = Cos.array(field.getItem(COSName.KIDS));
        if (kids != null) {
            for (COSBase kid : kids) {
                walk(kid, name, ft, seen, found, budget, depth + 1);
            }
        }
        if (!COSName.SIG.equals(ft) && !COSName.getPDFName("DocTimeStamp").equals(ft)) {
            return;
        }
        COSBase vRef = field.getItem(COSName.V);
        COSDictionary v = Cos.dict(vRef);
        if (v == null) {
            return;
        }
        Object identity = Cos.keyOf(vRef).<Object>map(k -> k).orElse(v);
        Builder b = found.computeIfAbsent(identity, i -> new Builder(Cos.keyOf(vRef), v));
        if (!b.names.contains(name)) {
            b.names.add(name);
        }
    }

    private static final class Builder {
        final Optional<COSObjectKey> key;
        final COSDictionary dict;
        final List<String> names = new ArrayList<>();

        Builder(Optional<COSObjectKey> key, COSDictionary dict) {
            this.key = key;
            this.dict = dict;
        }

        PdfSignature build(Optional<COSObjectKey> certKey) {
            long[] br = byteRange(dict);
            COSBase c = Cos.deref(dict.getItem(COSName.CONTENTS));
            byte[] contents = c instanceof COSString s ? s.getBytes() : new byte[0];
            Optional<Instant> m = Optional.empty();
            String mStr = Cos.string(dict, COSName.M);
            if (mStr != null) {
                java.util.Calendar cal = DateConverter.toCalendar(mStr);
                if (cal != null) {
                    m = Optional.of(cal.toInstant());
                }
            }
            return new PdfSignature(List.copyOf(names), key, String.valueOf(Cos.name(dict, COSName.TYPE)),
                    String.valueOf(Cos.name(dict, COSName.SUB_FILTER)), br, contents, m, docMdpP(dict),
                    key.isPresent() && key.equals(certKey));
        }

        private static long[] byteRange(COSDictionary d) {
            COSArray a = Cos.array(d.getItem(COSName.BYTERANGE));
            if (a == null) {
                return new long[0];
            }
            long[] out = new long[Math.min(a.size(), 64)];
            for (int i = 0; i < out.length; i++) {
                COSBase e = Cos.deref(a.get(i));
                out[i] = e instanceof COSNumber n ? n.longValue() : -1;
            }
            return out;
        }

        private static Optional<Integer> docMdpP(COSDictionary d) {
            COSArray refs = Cos.array(d.getItem(COSName.getPDFName("Reference")));
            if (refs == null) {
                return Optional.empty();
            }
            for (COSBase r : refs) {
                COSDictionary ref = Cos.dict(r);
                if (ref != null && "DocMDP".equals(Cos.name(ref, COSName.getPDFName("TransformMethod")))) {
                    COSDictionary params = Cos.dict(ref.getItem(COSName.getPDFName("TransformParams")));
                    if (params != null && Cos.deref(params.getItem(COSName.P)) instanceof COSNumber p) {
                        return Optional.of(p.intValue());
                    }
                    return Optional.of(2); // ISO 32000: default P is 2
                }
            }
            return Optional.empty();
        }
    }
}
