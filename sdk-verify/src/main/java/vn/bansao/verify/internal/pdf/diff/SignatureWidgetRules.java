package vn.bansao.verify.internal.pdf.diff;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.LaterSignaturePolicy;
import vn.bansao.verify.internal.pdf.Cos;
import vn.bansao.verify.internal.pdf.Revision;
import vn.bansao.verify.internal.pdf.RevisionRoles.Role;

/**
 * The form-field family's widget rule for signatures added after the first (certification) signature (issue 11
 * item 1). DocMDP P=2 allows a later signature, but its widget paints over the page like an annotation, so its
 * look is judged by the {@link LaterSignaturePolicy}:
 * <ul>
 * <li>a widget that draws nothing is always allowed: zero-area {@code /Rect} (ISO 32000-2 12.7.5.5 for
 *     invisible signatures), {@code /F} Hidden or NoView, no normal appearance, an appearance with an empty
 *     {@code /BBox} or empty content, or a {@code /Rect} outside the page's crop box;</li>
 * <li>an <b>unsigned</b> signature field that draws is OTHER under every policy: it proves nothing and only
 *     paints;</li>
 * <li>a signed one that draws: {@code INVISIBLE_ONLY} OTHER; {@code FREE_AREA_OF_STATEMENT_PAGE} (default)
 *     allowed only on the last page and only where that page's content paints nothing (images, glyphs, paths:
 *     {@link DrawnAreas}) and no earlier annotation or widget lies; {@code ANY_VISIBLE_PER_DOCMDP} allowed.</li>
 * </ul>
 * The area judged is the widget's {@code /Rect} clipped to the crop box: a viewer maps the appearance's
 * {@code /BBox} (after {@code /Matrix}) onto the {@code /Rect} and clips to it, so an appearance stream that
 * "draws outside" its box shows only inside it. The rule runs on every signature widget that was not already a
 * field of the first signed revision and that this update adds or touches (the widget, its {@code /AP}, or its
 * appearance streams), so a widget added invisible and made visible later is judged again. Reserved fields of
 * the first signed revision (the certified copy's {@code bansao_authority} box) were seen empty by the first
 * signer and keep the older rules, unless they were hidden then. "Signed" means signed in this update: the
 * field's signature dictionary is new here (a widget added under an earlier signature was covered by none).
 *
 * <pre>{@code
 * SignatureWidgetRules.laterSignatureWidgets(ctx, added, changed);
 * }</pre>
 */
final class SignatureWidgetRules {

    private static final int HIDDEN = 1 << 1;
    private static final int PRINT = 1 << 2;
    private static final int NO_VIEW = 1 << 5;
    private static final int MAX_APPEARANCE_BYTES = 1 << 20;
    private static final int MAX_PAGES = 10_000;

    private SignatureWidgetRules() {
    }

    static void laterSignatureWidgets(DiffContext ctx, Set<COSObjectKey> added, Set<COSObjectKey> changed)
            throws IOException {
        Revision newer = ctx.newer();
        Revision certified = ctx.certified();
        Set<COSObjectKey> reserved = certified.roles().keys(Role.FIELD);
        Map<COSObjectKey, Integer> pageOf = null;
        for (COSObjectKey k : newer.roles().keys(Role.FIELD)) {
            COSDictionary seen = reserved.contains(k) ? Cos.dict(certified.object(k)) : null;
            if (seen != null && !hidden(seen)) {
                continue; // a box the first signer saw (empty) on the page: it may be signed
            }
            COSDictionary w = Cos.dict(newer.object(k));
            if (w == null || !isWidget(w) || !DiffSupport.isSignatureField(w) || !touched(w, k, added, changed)) {
                continue;
            }
            if (pageOf == null) {
                pageOf = annotationPages(newer);
            }
            judge(ctx, k, w, pageOf, added);
        }
    }

    private static boolean isWidget(COSDictionary d) {
        return "Widget".equals(Cos.name(d, COSName.SUBTYPE)) || d.containsKey(COSName.RECT);
    }

    /** The widget, its /AP dictionary or one of its appearance streams is new or redefined in this update. */
    private static boolean touched(COSDictionary w, COSObjectKey k, Set<COSObjectKey> added, Set<COSObjectKey> changed) {
        if (added.contains(k) || changed.contains(k)) {
            return true;
        }
        COSBase ap = w.getItem(COSName.AP);
        if (Cos.keyOf(ap).map(x -> added.contains(x) || changed.contains(x)).orElse(false)) {
            return true;
        }
        COSDictionary apd = Cos.dict(ap);
        if (apd == null) {
            return false;
        }
        for (COSBase entry : apd.getValues()) {
            if (Cos.keyOf(entry).map(x -> added.contains(x) || changed.contains(x)).orElse(false)) {
                return true;
            }
            COSBase states = Cos.deref(entry);
            if (states instanceof COSDictionary sd && !(states instanceof COSStream)) {
                for (COSBase s : sd.getValues()) {
                    if (Cos.keyOf(s).map(x -> added.contains(x) || changed.contains(x)).orElse(false)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void judge(DiffContext ctx, COSObjectKey k, COSDictionary w, Map<COSObjectKey, Integer> pageOf,
                              Set<COSObjectKey> added) throws IOException {
        Revision newer = ctx.newer();
        Integer listed = pageOf.get(k);
        int pageIndex = listed != null ? listed : pageOfP(newer, w);
        PDPage page = pageIndex >= 0 ? newer.document().getPage(pageIndex) : null;
        Optional<Rectangle2D> area = visibleArea(w, page);
        if (area.isEmpty()) {
            return; // draws nothing: an invisible signature or an invisible empty field
        }
        String where = describe(area.get()) + (pageIndex >= 0 ? " on page " + (pageIndex + 1) : " on no page");
        if (!signedHere(w, k, added)) {
            ctx.add(ChangeCategory.OTHER, "unsigned signature field " + k + " with an appearance added at " + where);
            return;
        }
        LaterSignaturePolicy policy = ctx.policy().laterSignatures();
        switch (policy) {
            case ANY_VISIBLE_PER_DOCMDP -> { }
            case INVISIBLE_ONLY -> ctx.add(ChangeCategory.OTHER, "visible signature widget " + k + " added at " + where
                    + " after the certification signature (only invisible ones are allowed)");
            default -> {
                int last = newer.document().getNumberOfPages() - 1;
                if (pageIndex < 0 || pageIndex != last) {
                    ctx.add(ChangeCategory.OTHER, "visible signature widget " + k + " added at " + where
                            + ", not on the statement page");
                    return;
                }
                Optional<String> covered = coveredContent(ctx, page, pageIndex, area.get(), k);
                covered.ifPresent(c -> ctx.add(ChangeCategory.OTHER, "visible signature widget " + k + " added at "
                        + where + " covers " + c));
            }
        }
    }

    /** What the area overlaps on the page: painted content, or an annotation of the older revision. */
    private static Optional<String> coveredContent(DiffContext ctx, PDPage page, int pageIndex, Rectangle2D area,
                                                   COSObjectKey self) {
        List<Rectangle2D> drawn;
        try {
            drawn = DrawnAreas.of(page);
        } catch (IOException | RuntimeException e) {
            return Optional.of("content that cannot be measured (" + e.getMessage() + ")");
        }
        for (Rectangle2D d : drawn) {
            if (overlaps(area, d)) {
                return Optional.of("drawn content at " + describe(d));
            }
        }
        // earlier widgets and annotations of that page (the authority's signature box, for one)
        if (pageIndex < ctx.older().document().getNumberOfPages()) {
            COSArray annots = Cos.array(ctx.older().document().getPage(pageIndex).getCOSObject().getItem(COSName.ANNOTS));
            if (annots != null) {
                for (COSBase a : annots) {
                    if (Cos.keyOf(a).map(self::equals).orElse(false)) {
                        continue;
                    }
                    COSDictionary ad = Cos.dict(a);
                    Optional<Rectangle2D> r = ad == null ? Optional.empty() : rect(ad);
                    if (r.isPresent() && !hidden(ad) && overlaps(area, r.get())) {
                        return Optional.of("annotation " + Cos.keyOf(a).map(String::valueOf).orElse("(direct)")
                                + " at " + describe(r.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overlaps(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.getWidth() > 0.01 && i.getHeight() > 0.01;
    }

    /** The part of the page where the widget paints, empty when it paints nothing. */
    static Optional<Rectangle2D> visibleArea(COSDictionary w, PDPage page) {
        if (hidden(w)) {
            return Optional.empty();
        }
        Optional<Rectangle2D> rect = rect(w);
        if (rect.isEmpty() || !paints(w)) {
            return Optional.empty();
        }
        Rectangle2D r = rect.get();
        if (page != null) {
            PDRectangle crop = page.getCropBox();
            r = r.createIntersection(new Rectangle2D.Float(crop.getLowerLeftX(), crop.getLowerLeftY(),
                    crop.getWidth(), crop.getHeight()));
        }
        return r.getWidth() > 0 && r.getHeight() > 0 ? Optional.of(r) : Optional.empty();
    }

    /** Hidden, or NoView without Print (a NoView widget that prints still shows on paper). */
    private static boolean hidden(COSDictionary annot) {
        COSBase f = Cos.deref(annot.getItem(COSName.F));
        int flags = f instanceof COSNumber n ? n.intValue() : 0;
        return (flags & HIDDEN) != 0 || ((flags & NO_VIEW) != 0 && (flags & PRINT) == 0);
    }

    private static Optional<Rectangle2D> rect(COSDictionary annot) {
        COSArray a = Cos.array(annot.getItem(COSName.RECT));
        if (a == null || a.size() != 4) {
            return Optional.empty();
        }
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(Cos.deref(a.get(i)) instanceof COSNumber n)) {
                return Optional.empty();
            }
            v[i] = n.floatValue();
        }
        double x = Math.min(v[0], v[2]);
        double y = Math.min(v[1], v[3]);
        double wd = Math.abs(v[2] - v[0]);
        double ht = Math.abs(v[3] - v[1]);
        return wd > 0 && ht > 0 && Double.isFinite(wd) && Double.isFinite(ht)
                ? Optional.of(new Rectangle2D.Double(x, y, wd, ht)) : Optional.empty();
    }

    /**
     * Whether a viewer paints anything for the widget: a normal appearance (any state) with a non-empty
     * /BBox and content, or, without one, a /MK background or border colour a viewer could draw from.
     */
    private static boolean paints(COSDictionary w) {
        COSDictionary ap = Cos.dict(w.getItem(COSName.AP));
        COSBase n = ap == null ? null : Cos.deref(ap.getItem(COSName.N));
        if (n == null) {
            COSDictionary mk = Cos.dict(w.getItem(COSName.MK));
            return mk != null && (mk.containsKey(COSName.BG) || mk.containsKey(COSName.BC));
        }
        if (n instanceof COSStream s) {
            return streamPaints(s);
        }
        if (n instanceof COSDictionary states) {
            for (COSBase s : states.getValues()) {
                COSBase st = Cos.deref(s);
                if (!(st instanceof COSStream stream) || streamPaints(stream)) {
                    return true; // a state that is not a stream cannot be proven empty
                }
            }
            return false;
        }
        return true;
    }

    private static boolean streamPaints(COSStream s) {
        COSArray bbox = Cos.array(s.getItem(COSName.BBOX));
        if (bbox != null && bbox.size() == 4) {
            float[] v = new float[4];
            for (int i = 0; i < 4; i++) {
                if (!(Cos.deref(bbox.get(i)) instanceof COSNumber num)) {
                    return true;
                }
                v[i] = num.floatValue();
            }
            if (v[0] == v[2] || v[1] == v[3]) {
                return false; // an empty box shows nothing
            }
        }
        try (InputStream in = s.createInputStream()) {
            byte[] data = in.readNBytes(MAX_APPEARANCE_BYTES);
            for (byte b : data) {
                if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // cannot be read: assume it paints (fail closed)
        }
    }

    /**
     * The widget belongs to a signature made in this update: its field's signature dictionary is new here. A
     * widget added under a field signed earlier (a new kid of the authority's field, say) is signed by
     * nobody: that signature never covered it.
     */
    private static boolean signedHere(COSDictionary w, COSObjectKey k, Set<COSObjectKey> added) {
        COSDictionary holder = w;
        for (int i = 0; i < 32 && holder != null; i++) {
            COSBase v = holder.getItem(COSName.V);
            if (v != null) {
                COSDictionary sig = Cos.dict(v);
                if (sig == null || !(sig.containsKey(COSName.BYTERANGE) || sig.containsKey(COSName.CONTENTS))) {
                    return false;
                }
                Optional<COSObjectKey> sigKey = Cos.keyOf(v);
                if (sigKey.isPresent()) {
                    return added.contains(sigKey.get());
                }
                // a direct signature dictionary is new only with the field that holds it
                Optional<COSObjectKey> holderKey = holder == w ? Optional.of(k) : Optional.empty();
                return holderKey.map(added::contains).orElse(false);
            }
            holder = Cos.dict(holder.getItem(COSName.PARENT));
        }
        return false;
    }

    /** annotation -> index of the page whose /Annots lists it (first page wins). */
    private static Map<COSObjectKey, Integer> annotationPages(Revision rev) {
        Map<COSObjectKey, Integer> out = new HashMap<>();
        PDPageTree pages = rev.document().getPages();
        int i = 0;
        for (PDPage p : pages) {
            if (i >= MAX_PAGES) {
                break;
            }
            COSArray annots = Cos.array(p.getCOSObject().getItem(COSName.ANNOTS));
            if (annots != null) {
                for (COSBase a : annots) {
                    final int index = i;
                    Cos.keyOf(a).ifPresent(k -> out.putIfAbsent(k, index));
                }
            }
            i++;
        }
        return out;
    }

    /** A widget listed on no page: the page its /P names, or -1. */
    private static int pageOfP(Revision rev, COSDictionary w) {
        Optional<COSObjectKey> p = Cos.keyOf(w.getItem(COSName.P));
        if (p.isEmpty()) {
            return -1;
        }
        List<COSObjectKey> keys = new ArrayList<>();
        int i = 0;
        for (PDPage page : rev.document().getPages()) {
            if (i++ >= MAX_PAGES) {
                break;
            }
            keys.add(page.getCOSObject() == Cos.deref(w.getItem(COSName.P)) ? p.get() : null);
        }
        return keys.indexOf(p.get());
    }

    private static String describe(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.0f %.0f %.0f %.0f]", r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
    }
}
