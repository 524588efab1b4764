package vn.bansao.verify.internal.pdf.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.ByteRangeCheck;
import vn.bansao.verify.internal.pdf.Cos;
import vn.bansao.verify.internal.pdf.PdfLexer;

/**
 * The file-structure rules: the trailer, the document catalog, removed objects, objects hidden from the
 * cross-reference data, new objects that give meaning to an old reference, object and cross-reference streams,
 * and pages. They allow almost nothing, because the structure is what decides what a viewer shows:
 * <ul>
 * <li><b>trailer</b>: {@code /Root} and {@code /Encrypt} may not change (a new catalog is a new document);
 *     a new {@code /Info} is judged by {@link MetadataRules};</li>
 * <li><b>catalog</b>: only the keys other families own may change ({@code /DSS /Extensions /Version} by
 *     {@link ValidationDataRules}, {@code /AcroForm} by {@link FormFieldRules}, {@code /Metadata} by
 *     {@link MetadataRules}, {@code /Names /AP} by {@link AnnotationRules}); {@code /OpenAction},
 *     {@code /Names /JavaScript}, {@code /Pages}... are OTHER;</li>
 * <li><b>removed objects</b> are OTHER: an object that was signed must stay (a viewer may still reach it);</li>
 * <li><b>hidden definitions</b>: an object written after signing must be the one the cross-reference data
 *     puts in force, otherwise readers that rebuild the table and readers that do not see different files;</li>
 * <li><b>new objects for old references</b>: a new object whose number an older object already referenced (a
 *     dangling reference now resolved) changes what the older revision showed without touching it: OTHER;</li>
 * <li><b>object/xref streams</b>: an object stream rewritten is skipped (its members are judged one by one),
 *     but only if it <i>was</i> an object or xref stream when signed: a label the update writes gives no
 *     exemption;</li>
 * <li><b>pages</b>: only {@code /Annots} may change (judged by {@link AnnotationRules}); anything else on a
 *     page or the page tree is OTHER;</li>
 * <li><b>page content</b> (content streams, resources, images, form XObjects, fonts, annotation appearance
 *     resources: what a page draws in <i>any</i> signed revision) redefined is OTHER, and so is any object of
 *     no recognised role.</li>
 * </ul>
 *
 * <pre>{@code
 * StructureRules.trailer(ctx); // within DiffPolicy.classify
 * }</pre>
 */
final class StructureRules {

    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

    private StructureRules() {
    }

    /** Objects of the older revision that the newer one no longer defines. */
    static void removedObjects(DiffContext ctx) {
        Map<COSObjectKey, Long> nx = ctx.newer().xref();
        for (COSObjectKey k : ctx.older().xref().keySet()) {
            if (!nx.containsKey(k) && ctx.older().object(k) != null) {
                ctx.add(ChangeCategory.OTHER, "object " + k + " removed");
            }
        }
    }

    static void trailer(DiffContext ctx) throws IOException {
        COSDictionary ot = ctx.older().trailer();
        COSDictionary nt = ctx.newer().trailer();
        if (!Cos.same(ot.getItem(COSName.ROOT), nt.getItem(COSName.ROOT))) {
            COSObjectKey oldRoot = Cos.keyOf(ot.getItem(COSName.ROOT)).orElse(null);
            ctx.add(ChangeCategory.OTHER, "document catalog replaced (was " + oldRoot + ")");
        }
        if (!Cos.same(ot.getItem(COSName.ENCRYPT), nt.getItem(COSName.ENCRYPT))) {
            ctx.add(ChangeCategory.OTHER, "encryption dictionary changed");
        }
        if (!Cos.same(ot.getItem(COSName.INFO), nt.getItem(COSName.INFO))) {
            MetadataRules.infoReplaced(ctx);
        }
    }

    /**
     * Every object the update defines in plain text must be the one its cross-reference data puts in force:
     * an object written after signing but kept out of the cross-reference table (a malformed or "shadow"
     * update that some readers rebuild and others ignore) is a change nobody can classify.
     */
    static void hiddenDefinitions(DiffContext ctx) {
        Map<COSObjectKey, Long> nx = ctx.newer().xref();
        byte[] file = ctx.newer().file();
        int from = (int) ctx.older().length();
        int to = (int) ctx.newer().length();
        Map<COSObjectKey, Long> last = new HashMap<>();
        for (int i = from; i + 3 <= to; i++) {
            if (file[i] == 's' && startsStreamData(file, i, to)) {
                // stream data may contain anything, even the text of another PDF: skip to its end
                int endstream = ByteRangeCheck.indexOf(file, ENDSTREAM, i + 6, to);
                if (endstream < 0) {
                    break;
                }
                i = endstream + ENDSTREAM.length - 1;
                continue;
            }
            if (file[i] != 'o' || file[i + 1] != 'b' || file[i + 2] != 'j'
                    || (i + 3 < to && PdfLexer.isRegular(file[i + 3]))) {
                continue;
            }
            // backwards: white space, generation digits, white space, object number digits, a delimiter
            int j = i - 1;
            int ws1 = PdfLexer.skipWhiteBackwards(file, j, from);
            int genEnd = ws1;
            int genStart = PdfLexer.skipDigitsBackwards(file, genEnd, from);
            int ws2 = PdfLexer.skipWhiteBackwards(file, genStart, from);
            int numEnd = ws2;
            int numStart = PdfLexer.skipDigitsBackwards(file, numEnd, from);
            if (ws1 == j || genStart == genEnd || ws2 == genStart || numStart == numEnd
                    || (numStart >= from && PdfLexer.isRegular(file[numStart]) && file[numStart] != '>')
                    || numEnd - numStart > 10 || genEnd - genStart > 5) {
                continue;
            }
            if (isXrefStream(file, i + 3, to)) {
                continue; // a cross-reference stream need not list itself
            }
            long num = Long.parseLong(new String(file, numStart + 1, numEnd - numStart, StandardCharsets.US_ASCII));
            int gen = Integer.parseInt(new String(file, genStart + 1, genEnd - genStart, StandardCharsets.US_ASCII));
            last.put(new COSObjectKey(num, gen), (long) numStart + 1);
        }
        for (Map.Entry<COSObjectKey, Long> e : last.entrySet()) {
            Long inForce = nx.get(e.getKey());
            if (inForce == null || inForce < from) {
                ctx.add(ChangeCategory.OTHER, "object " + e.getKey() + " written after signing at byte "
                        + e.getValue() + " is hidden from the cross-reference table");
            }
        }
    }

    /** "stream" as a keyword (after a delimiter, followed by an end of line), not inside "endstream". */
    private static boolean startsStreamData(byte[] f, int i, int to) {
        if (i + 7 > to || f[i + 1] != 't' || f[i + 2] != 'r' || f[i + 3] != 'e' || f[i + 4] != 'a' || f[i + 5] != 'm') {
            return false;
        }
        boolean delimited = i == 0 || !PdfLexer.isRegular(f[i - 1]);
        return delimited && (f[i + 6] == '\n' || f[i + 6] == '\r');
    }

    private static boolean isXrefStream(byte[] f, int from, int to) {
        int end = Math.min(to, from + 2048);
        String head = new String(f, from, end - from, StandardCharsets.ISO_8859_1);
        int stop = head.indexOf("stream");
        return (stop < 0 ? head : head.substring(0, stop)).matches("(?s).*/Type\\s*/XRef\\b.*");
    }

    static void catalog(DiffContext ctx, COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (n == null || o == null) {
            ctx.add(ChangeCategory.OTHER, "catalog " + k + " is no longer a dictionary");
            return;
        }
        for (COSName key : DiffSupport.differingKeys(o, n)) {
            if (ValidationDataRules.isCatalogKey(key)) {
                ValidationDataRules.catalogKey(ctx, key);
            } else if (key.equals(COSName.ACRO_FORM)) {
                FormFieldRules.catalogAcroForm(ctx, k, o.getItem(key), n.getItem(key));
            } else if (key.equals(COSName.METADATA)) {
                MetadataRules.metadata(ctx, k, Cos.deref(n.getItem(key)));
            } else if (key.equals(COSName.NAMES)) {
                AnnotationRules.names(ctx, Cos.dict(o.getItem(key)), Cos.dict(n.getItem(key)));
            } else {
                ctx.add(ChangeCategory.OTHER, "catalog /" + key.getName() + " changed");
            }
        }
    }

    static void page(DiffContext ctx, COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (o == null || n == null) {
            ctx.add(ChangeCategory.OTHER, "page " + k + " replaced");
            return;
        }
        for (COSName key : DiffSupport.differingKeys(o, n)) {
            if (key.equals(COSName.ANNOTS)) {
                AnnotationRules.annotsArray(ctx, k, Cos.array(o.getItem(key)), Cos.array(n.getItem(key)));
            } else {
                ctx.add(ChangeCategory.OTHER, "page " + k + " /" + key.getName() + " changed");
            }
        }
    }

    /** Something a page draws (in any signed revision) was redefined: never allowed. */
    static void content(DiffContext ctx, COSObjectKey k, COSBase o) {
        ctx.add(ChangeCategory.OTHER, "page content " + k + " (" + DiffSupport.describe(o) + ") modified");
    }

    /** An object of no recognised role: only an object or xref stream (when signed, and still) is skipped. */
    static void unrecognised(DiffContext ctx, COSObjectKey k, COSBase o, COSBase n) {
        if (DiffSupport.isStructural(o) && DiffSupport.isStructural(n)) {
            // an object stream or xref stream rewritten: its members are judged one by one. Judged by
            // what the object was when signed, never by the label the update writes (issue 11 item 2)
            return;
        }
        ctx.add(ChangeCategory.OTHER, DiffSupport.describe(o) + " " + k + " modified");
    }

    /**
     * New objects are harmless unless they give meaning to a reference that already existed: a new object
     * whose number an older object referenced (a dangling reference now resolved) changes what the older
     * revision showed without touching it.
     */
    static void newObjects(DiffContext ctx, Set<COSObjectKey> added, Set<COSObjectKey> changed) {
        if (added.isEmpty()) {
            return;
        }
        Set<COSObjectKey> reached = new HashSet<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(ctx.newer().trailer());
        for (COSObjectKey k : changed) {
            COSBase b = ctx.newer().object(k);
            if (b != null) {
                todo.push(b);
            }
        }
        int budget = 500_000;
        while (!todo.isEmpty() && budget-- > 0) {
            COSBase b = todo.pop();
            if (b instanceof COSObject o) {
                COSObjectKey key = new COSObjectKey(o.getObjectNumber(), o.getGenerationNumber());
                if (added.contains(key) && reached.add(key)) {
                    COSBase inner = ctx.newer().object(key);
                    if (inner != null) {
                        todo.push(inner);
                    }
                }
            } else if (b instanceof COSDictionary d) {
                d.getValues().forEach(v -> { if (v != null) { todo.push(v); } });
            } else if (b instanceof COSArray a) {
                a.forEach(v -> { if (v != null) { todo.push(v); } });
            }
        }
        Map<COSObjectKey, Integer> refs = null;
        for (COSObjectKey k : added) {
            if (reached.contains(k)) {
                continue;
            }
            if (refs == null) {
                refs = ctx.referenceCounts();
            }
            if (refs.containsKey(k)) { // a new label (/Type /ObjStm) gives no exemption
                ctx.add(ChangeCategory.OTHER, "object " + k + " defined for a reference that existed before signing");
            }
        }
    }
}
