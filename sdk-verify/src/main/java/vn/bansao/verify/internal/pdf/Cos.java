package vn.bansao.verify.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Small helpers over PDFBox's COS layer that never follow a reference implicitly: the revision diff
 * must compare what a revision literally says (a reference is equal to a reference to the same object).
 */
public final class Cos {

    /** Raw stream data larger than this is compared by length only after a prefix (bounded work). */
    private static final int MAX_DEPTH = 48;

    private Cos() {
    }

    public static Optional<COSObjectKey> keyOf(COSBase b) {
        if (b instanceof COSObject o) {
            return Optional.of(new COSObjectKey(o.getObjectNumber(), o.getGenerationNumber()));
        }
        return Optional.empty();
    }

    /** Follows at most one reference. */
    public static COSBase deref(COSBase b) {
        if (b instanceof COSObject o) {
            COSBase inner = o.getObject();
            return inner instanceof COSObject ? null : inner;
        }
        return b;
    }

    public static COSDictionary dict(COSBase b) {
        return deref(b) instanceof COSDictionary d ? d : null;
    }

    public static COSArray array(COSBase b) {
        return deref(b) instanceof COSArray a ? a : null;
    }

    public static String name(COSDictionary d, COSName key) {
        if (d == null) {
            return null;
        }
        COSBase v = deref(d.getItem(key));
        return v instanceof COSName n ? n.getName() : null;
    }

    public static String string(COSDictionary d, COSName key) {
        if (d == null) {
            return null;
        }
        COSBase v = deref(d.getItem(key));
        return v instanceof COSString s ? s.getString() : null;
    }

    /** Structural equality without dereferencing: references compare by object number and generation. */
    public static boolean same(COSBase a, COSBase b) throws IOException {
        return same(a, b, 0);
    }

    private static boolean same(COSBase a, COSBase b, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            return false; // too deep to prove equal: treat as changed (fail closed)
        }
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof COSObject oa || b instanceof COSObject) {
            if (!(a instanceof COSObject x) || !(b instanceof COSObject y)) {
                return false;
            }
            return x.getObjectNumber() == y.getObjectNumber() && x.getGenerationNumber() == y.getGenerationNumber();
        }
        if (a instanceof COSStream sa) {
            if (!(b instanceof COSStream sb)) {
                return false;
            }
            return sameDict(sa, sb, depth) && sameRaw(sa, sb);
        }
        if (a instanceof COSDictionary da) {
            return b instanceof COSDictionary db && !(b instanceof COSStream) && sameDict(da, db, depth);
        }
        if (a instanceof COSArray aa) {
            if (!(b instanceof COSArray ab) || aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!same(aa.get(i), ab.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSString s1) {
            return b instanceof COSString s2 && Arrays.equals(s1.getBytes(), s2.getBytes());
        }
        return a.equals(b);
    }

    private static boolean sameDict(COSDictionary a, COSDictionary b, int depth) throws IOException {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<COSName, COSBase> e : a.entrySet()) {
            if (!b.containsKey(e.getKey()) || !same(e.getValue(), b.getItem(e.getKey()), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRaw(COSStream a, COSStream b) throws IOException {
        try (InputStream x = a.createRawInputStream(); InputStream y = b.createRawInputStream()) {
            byte[] bx = new byte[8192];
            byte[] by = new byte[8192];
            while (true) {
                int nx = x.readNBytes(bx, 0, bx.length);
                int ny = y.readNBytes(by, 0, by.length);
                if (nx != ny || !Arrays.equals(bx, 0, nx, by, 0, ny)) {
                    return false;
                }
                if (nx < bx.length) {
                    return true;
                }
            }
        }
    }
}
