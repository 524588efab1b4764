package vn.bansao.verify.internal.pdf.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import vn.bansao.verify.internal.pdf.Cos;

/** Small COS helpers the rule families share (keys that differ, inherited field values, field types). */
final class DiffSupport {

    private DiffSupport() {
    }

    static Set<COSName> differingKeys(COSDictionary o, COSDictionary n) throws IOException {
        Set<COSName> keys = new LinkedHashSet<>();
        if (o == null || n == null) {
            return keys;
        }
        Set<COSName> all = new LinkedHashSet<>(o.keySet());
        all.addAll(n.keySet());
        for (COSName key : all) {
            if (!Cos.same(o.getItem(key), n.getItem(key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** An object stream or a cross-reference stream (judged by what it was when signed: see StructureRules). */
    static boolean isStructural(COSBase n) {
        if (n instanceof COSStream s) {
            String type = Cos.name(s, COSName.TYPE);
            return "ObjStm".equals(type) || "XRef".equals(type);
        }
        return false;
    }

    static String describe(COSBase o) {
        if (o instanceof COSStream s) {
            String sub = Cos.name(s, COSName.SUBTYPE);
            return sub != null ? "stream (" + sub + ")" : "stream";
        }
        if (o instanceof COSDictionary d) {
            String type = Cos.name(d, COSName.TYPE);
            return type != null ? "dictionary (" + type + ")" : "dictionary";
        }
        return o == null ? "object" : o.getClass().getSimpleName().replace("COS", "").toLowerCase(Locale.ROOT);
    }

    static boolean isSignatureField(COSDictionary field) {
        String ft = fieldType(field);
        return "Sig".equals(ft) || "DocTimeStamp".equals(ft);
    }

    /** A non-terminal field whose kids are all signature fields (signature fields grouped under a parent). */
    static boolean hasSignatureKids(COSDictionary field) {
        COSArray kids = Cos.array(field.getItem(COSName.KIDS));
        if (kids == null || kids.size() == 0) {
            return false;
        }
        for (COSBase k : kids) {
            COSDictionary kid = Cos.dict(k);
            if (kid == null || !isSignatureField(kid)) {
                return false;
            }
        }
        return true;
    }

    static String fieldType(COSDictionary field) {
        COSBase ft = inherited(field, COSName.FT);
        return ft instanceof COSName n ? n.getName() : "no field type";
    }

    static COSBase inherited(COSDictionary field, COSName key) {
        COSDictionary d = field;
        for (int i = 0; i < 32 && d != null; i++) {
            COSBase v = Cos.deref(d.getItem(key));
            if (v != null) {
                return v;
            }
            d = Cos.dict(d.getItem(COSName.PARENT));
        }
        return null;
    }

    static List<COSObjectKey> keys(COSArray a) {
        if (a == null) {
            return List.of();
        }
        List<COSObjectKey> out = new ArrayList<>();
        for (COSBase b : a) {
            Cos.keyOf(b).ifPresent(out::add);
        }
        return out;
    }
}
