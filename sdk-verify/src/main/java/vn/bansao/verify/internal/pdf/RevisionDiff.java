package vn.bansao.verify.internal.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.internal.pdf.RevisionRoles.Role;

/**
 * Classifies what one incremental update changed, object by object, without rendering anything.
 *
 * <p>Because the older revision is a byte prefix of the newer one, an object whose cross-reference entry
 * did not change is byte-identical; only redefined and new objects are looked at. A redefined object is
 * judged by the role it had before (catalog, page, field, signature dictionary, DSS...) and by which of
 * its keys changed. Whatever is not recognised as validation data, a signature, form filling or an
 * annotation is {@link ChangeCategory#OTHER}: the check fails closed, which is what makes rendering
 * unnecessary (a change that could alter what a page shows is never classified as harmless).
 *
 * <pre>{@code
 * ChangeSet changes = RevisionDiff.classify(signedRevision, nextRevision); // changes.worst()
 * }</pre>
 */
public final class RevisionDiff {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final Set<COSName> CATALOG_VALIDATION_KEYS = Set.of(DSS, COSName.getPDFName("Extensions"),
            COSName.VERSION);
    private static final Set<COSName> ACROFORM_SIGNING_KEYS = Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR,
            COSName.DA, COSName.NEED_APPEARANCES);
    private static final Set<COSName> UNSIGNED_SIG_FIELD_KEYS = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.F,
            COSName.DA, COSName.MK, COSName.P, COSName.getPDFName("Lock"), COSName.getPDFName("SV"),
            COSName.getPDFName("StructParent"));
    private static final Set<COSName> FORM_FILL_KEYS = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.MK,
            COSName.DA);

    private final Revision older;
    private final Revision newer;
    private final ChangeSet changes = new ChangeSet();
    private Map<COSObjectKey, Integer> olderReferenceCounts;

    private RevisionDiff(Revision older, Revision newer) {
        this.older = older;
        this.newer = newer;
    }

    /** Classifies the update that turns {@code older} into {@code newer}. */
    public static ChangeSet classify(Revision older, Revision newer) {
        RevisionDiff d = new RevisionDiff(older, newer);
        try {
            d.run();
        } catch (IOException | RuntimeException e) {
            d.changes.add(ChangeCategory.OTHER, "update cannot be analysed: " + e);
            org.slf4j.LoggerFactory.getLogger(RevisionDiff.class).debug("diff failed", e);
        }
        return d.changes;
    }

    private void run() throws IOException {
        Map<COSObjectKey, Long> ox = older.xref();
        Map<COSObjectKey, Long> nx = newer.xref();
        Set<COSObjectKey> changed = new LinkedHashSet<>();
        Set<COSObjectKey> added = new LinkedHashSet<>();
        for (Map.Entry<COSObjectKey, Long> e : nx.entrySet()) {
            COSObjectKey k = e.getKey();
            Long before = ox.get(k);
            if (before == null) {
                added.add(k);
            } else if (!before.equals(e.getValue())) {
                changed.add(k);
            } else if (before < 0) {
                // compressed object: unchanged entry, but its object stream may have been redefined
                COSObjectKey stm = new COSObjectKey(-before, 0);
                if (!Objects.equals(ox.get(stm), nx.get(stm))) {
                    changed.add(k);
                }
            }
        }
        for (COSObjectKey k : ox.keySet()) {
            if (!nx.containsKey(k) && older.object(k) != null) {
                changes.add(ChangeCategory.OTHER, "object " + k + " removed");
            }
        }
        compareTrailers();
        checkHiddenDefinitions(nx);
        Set<COSObjectKey> reallyChanged = new LinkedHashSet<>();
        for (COSObjectKey k : changed) {
            COSBase o = older.object(k);
            COSBase n = newer.object(k);
            if (!Cos.same(o, n)) {
                reallyChanged.add(k);
            }
        }
        for (COSObjectKey k : reallyChanged) {
            classifyChanged(k, older.object(k), newer.object(k));
        }
        checkNewObjects(added, reallyChanged);
    }

    /**
     * Every object the update defines in plain text must be the one its cross-reference data puts in force:
     * an object written after signing but kept out of the cross-reference table (a malformed or "shadow"
     * update that some readers rebuild and others ignore) is a change nobody can classify.
     */
    private void checkHiddenDefinitions(Map<COSObjectKey, Long> nx) {
        byte[] file = newer.file();
        int from = (int) older.length();
        int to = (int) newer.length();
        Map<COSObjectKey, Long> last = new java.util.HashMap<>();
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
                    || (i + 3 < to && isRegular(file[i + 3]))) {
                continue;
            }
            // backwards: white space, generation digits, white space, object number digits, a delimiter
            int j = i - 1;
            int ws1 = skipWhite(file, j, from);
            int genEnd = ws1;
            int genStart = skipDigits(file, genEnd, from);
            int ws2 = skipWhite(file, genStart, from);
            int numEnd = ws2;
            int numStart = skipDigits(file, numEnd, from);
            if (ws1 == j || genStart == genEnd || ws2 == genStart || numStart == numEnd
                    || (numStart >= from && isRegular(file[numStart]) && file[numStart] != '>')
                    || numEnd - numStart > 10 || genEnd - genStart > 5) {
                continue;
            }
            if (isXrefStream(file, i + 3, to)) {
                continue; // a cross-reference stream need not list itself
            }
            long num = Long.parseLong(new String(file, numStart + 1, numEnd - numStart, java.nio.charset.StandardCharsets.US_ASCII));
            int gen = Integer.parseInt(new String(file, genStart + 1, genEnd - genStart, java.nio.charset.StandardCharsets.US_ASCII));
            last.put(new COSObjectKey(num, gen), (long) numStart + 1);
        }
        for (Map.Entry<COSObjectKey, Long> e : last.entrySet()) {
            Long inForce = nx.get(e.getKey());
            if (inForce == null || inForce < from) {
                changes.add(ChangeCategory.OTHER, "object " + e.getKey() + " written after signing at byte "
                        + e.getValue() + " is hidden from the cross-reference table");
            }
        }
    }

    private static final byte[] ENDSTREAM = "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** "stream" as a keyword (after a delimiter, followed by an end of line), not inside "endstream". */
    private static boolean startsStreamData(byte[] f, int i, int to) {
        if (i + 7 > to || f[i + 1] != 't' || f[i + 2] != 'r' || f[i + 3] != 'e' || f[i + 4] != 'a' || f[i + 5] != 'm') {
            return false;
        }
        boolean delimited = i == 0 || !isRegular(f[i - 1]);
        return delimited && (f[i + 6] == '\n' || f[i + 6] == '\r');
    }

    private static boolean isRegular(byte b) {
        return !(b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0 || b == '<' || b == '>'
                || b == '[' || b == ']' || b == '(' || b == ')' || b == '/' || b == '%' || b == '{' || b == '}');
    }

    /** Index of the last non-white byte at or before {@code i} (moving left). */
    private static int skipWhite(byte[] f, int i, int floor) {
        while (i >= floor && (f[i] == ' ' || f[i] == '\n' || f[i] == '\r' || f[i] == '\t' || f[i] == '\f' || f[i] == 0)) {
            i--;
        }
        return i;
    }

    private static int skipDigits(byte[] f, int i, int floor) {
        while (i >= floor && f[i] >= '0' && f[i] <= '9') {
            i--;
        }
        return i;
    }

    private static boolean isXrefStream(byte[] f, int from, int to) {
        int end = Math.min(to, from + 2048);
        String head = new String(f, from, end - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        int stop = head.indexOf("stream");
        return (stop < 0 ? head : head.substring(0, stop)).matches("(?s).*/Type\\s*/XRef\\b.*");
    }

    private void compareTrailers() throws IOException {
        COSDictionary ot = older.trailer();
        COSDictionary nt = newer.trailer();
        if (!Cos.same(ot.getItem(COSName.ROOT), nt.getItem(COSName.ROOT))) {
            COSObjectKey oldRoot = Cos.keyOf(ot.getItem(COSName.ROOT)).orElse(null);
            changes.add(ChangeCategory.OTHER, "document catalog replaced (was " + oldRoot + ")");
        }
        if (!Cos.same(ot.getItem(COSName.ENCRYPT), nt.getItem(COSName.ENCRYPT))) {
            changes.add(ChangeCategory.OTHER, "encryption dictionary changed");
        }
        if (!Cos.same(ot.getItem(COSName.INFO), nt.getItem(COSName.INFO))) {
            changes.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "Info dictionary replaced (not displayed)");
        }
    }

    private void classifyChanged(COSObjectKey k, COSBase o, COSBase n) throws IOException {
        Role role = older.roles().role(k);
        if (n == null) {
            changes.add(ChangeCategory.OTHER, role + " " + k + " deleted");
            return;
        }
        switch (role) {
            case CATALOG -> classifyCatalog(k, Cos.dict(o), Cos.dict(n));
            case PAGE -> classifyPage(k, Cos.dict(o), Cos.dict(n));
            case ANNOTS_ARRAY -> classifyAnnotsArray(k, Cos.array(o), Cos.array(n));
            case ACROFORM -> classifyAcroForm(k, Cos.dict(o), Cos.dict(n));
            case FIELDS_ARRAY -> classifyFieldsArray(k, Cos.array(o), Cos.array(n));
            case FIELD -> classifyField(k, Cos.dict(o), Cos.dict(n));
            case ANNOTATION -> changes.add(ChangeCategory.ANNOTATIONS, "annotation " + k + " modified");
            case SIGNATURE_DICT -> changes.add(ChangeCategory.OTHER, "signature dictionary " + k
                    + " modified after signing (" + differingKeys(Cos.dict(o), Cos.dict(n)) + ")");
            case VALIDATION_DATA -> changes.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS,
                    "validation data " + k + " updated");
            case APPEARANCE -> classifyAppearance(k);
            case INFO -> changes.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "Info dictionary updated (not displayed)");
            case METADATA -> classifyMetadata(k, n);
            default -> {
                if (isStructural(o) && isStructural(n)) {
                    // an object stream or xref stream rewritten: its members are judged one by one. Judged by
                    // what the object was when signed, never by the label the update writes (issue 11 item 2)
                    return;
                }
                changes.add(ChangeCategory.OTHER, describe(o) + " " + k + " modified");
            }
        }
    }

    private static boolean isStructural(COSBase n) {
        if (n instanceof COSStream s) {
            String type = Cos.name(s, COSName.TYPE);
            return "ObjStm".equals(type) || "XRef".equals(type);
        }
        return false;
    }

    private static String describe(COSBase o) {
        if (o instanceof COSStream s) {
            String sub = Cos.name(s, COSName.SUBTYPE);
            return sub != null ? "stream (" + sub + ")" : "stream";
        }
        if (o instanceof COSDictionary d) {
            String type = Cos.name(d, COSName.TYPE);
            return type != null ? "dictionary (" + type + ")" : "dictionary";
        }
        return o == null ? "object" : o.getClass().getSimpleName().replace("COS", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<COSName> differingKeys(COSDictionary o, COSDictionary n) throws IOException {
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

    private void classifyCatalog(COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (n == null || o == null) {
            changes.add(ChangeCategory.OTHER, "catalog " + k + " is no longer a dictionary");
            return;
        }
        for (COSName key : differingKeys(o, n)) {
            if (CATALOG_VALIDATION_KEYS.contains(key)) {
                changes.add(ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS, "catalog /" + key.getName() + " updated");
            } else if (key.equals(COSName.ACRO_FORM)) {
                COSBase ov = o.getItem(key);
                COSBase nv = n.getItem(key);
                if (ov == null) {
                    changes.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "AcroForm created");
                    checkNewFields(new COSArray(), Cos.array(Cos.dict(nv) == null ? null : Cos.dict(nv).getItem(COSName.FIELDS)));
                } else {
                    classifyAcroForm(k, Cos.dict(ov), Cos.dict(nv));
                }
            } else if (key.equals(COSName.METADATA)) {
                classifyMetadata(k, Cos.deref(n.getItem(key)));
            } else if (key.equals(COSName.NAMES)) {
                classifyNames(Cos.dict(o.getItem(key)), Cos.dict(n.getItem(key)));
            } else {
                changes.add(ChangeCategory.OTHER, "catalog /" + key.getName() + " changed");
            }
        }
    }

    /** Only the annotation-appearance name tree (/AP) may change with annotations; scripts, files... may not. */
    private void classifyNames(COSDictionary o, COSDictionary n) throws IOException {
        Set<COSName> diff = differingKeys(o == null ? new COSDictionary() : o, n == null ? new COSDictionary() : n);
        for (COSName key : diff) {
            if (key.equals(COSName.AP)) {
                changes.add(ChangeCategory.ANNOTATIONS, "annotation appearance names updated");
            } else {
                changes.add(ChangeCategory.OTHER, "catalog /Names /" + key.getName() + " changed");
            }
        }
    }

    private void classifyMetadata(COSObjectKey k, COSBase n) {
        if (n instanceof COSStream s && "XML".equals(Cos.name(s, COSName.SUBTYPE))) {
            changes.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "XMP metadata " + k + " updated");
        } else {
            changes.add(ChangeCategory.OTHER, "metadata " + k + " replaced by something that is not XMP");
        }
    }

    private void classifyPage(COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (o == null || n == null) {
            changes.add(ChangeCategory.OTHER, "page " + k + " replaced");
            return;
        }
        for (COSName key : differingKeys(o, n)) {
            if (key.equals(COSName.ANNOTS)) {
                classifyAnnotsArray(k, Cos.array(o.getItem(key)), Cos.array(n.getItem(key)));
            } else {
                changes.add(ChangeCategory.OTHER, "page " + k + " /" + key.getName() + " changed");
            }
        }
    }

    private void classifyAnnotsArray(COSObjectKey k, COSArray o, COSArray n) throws IOException {
        List<COSObjectKey> before = keys(o);
        List<COSObjectKey> after = keys(n);
        if (n == null || (o != null && o.size() != before.size()) || n.size() != after.size()) {
            changes.add(ChangeCategory.OTHER, "annotations of " + k + " rewritten with direct objects");
            return;
        }
        for (COSObjectKey a : before) {
            if (!after.contains(a)) {
                changes.add(ChangeCategory.OTHER, "annotation " + a + " removed from " + k);
            }
        }
        for (COSObjectKey a : after) {
            if (!before.contains(a)) {
                classifyNewAnnotation(a);
            }
        }
    }

    private void classifyNewAnnotation(COSObjectKey a) {
        COSDictionary annot = Cos.dict(newer.object(a));
        if (annot == null) {
            changes.add(ChangeCategory.OTHER, "annotation " + a + " is not a dictionary");
            return;
        }
        String subtype = Cos.name(annot, COSName.SUBTYPE);
        if ("Widget".equals(subtype) && isSignatureField(annot)) {
            changes.add(signatureOrFormCategory(annot), "widget " + a + " added (" + fieldType(annot) + ")");
        } else if ("Widget".equals(subtype)) {
            // filling forms is allowed, creating new (non-signature) fields that draw on a page is not
            changes.add(ChangeCategory.OTHER, "widget " + a + " of a new " + fieldType(annot) + " field added");
        } else {
            changes.add(ChangeCategory.ANNOTATIONS, "annotation " + a + " (" + subtype + ") added");
        }
    }

    /** A document timestamp's field counts as validation data; any other signature or field as signing. */
    private static ChangeCategory signatureOrFormCategory(COSDictionary field) {
        COSDictionary v = Cos.dict(inherited(field, COSName.V));
        if (v != null && ("DocTimeStamp".equals(Cos.name(v, COSName.TYPE))
                || "ETSI.RFC3161".equals(Cos.name(v, COSName.SUB_FILTER)))) {
            return ChangeCategory.VALIDATION_DATA_AND_TIMESTAMPS;
        }
        return ChangeCategory.SIGNATURES_AND_FORM_FILL;
    }

    private static boolean isSignatureField(COSDictionary field) {
        String ft = fieldType(field);
        return "Sig".equals(ft) || "DocTimeStamp".equals(ft);
    }

    /** A non-terminal field whose kids are all signature fields (signature fields grouped under a parent). */
    private static boolean hasSignatureKids(COSDictionary field) {
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

    private static String fieldType(COSDictionary field) {
        COSBase ft = inherited(field, COSName.FT);
        return ft instanceof COSName n ? n.getName() : "no field type";
    }

    private static COSBase inherited(COSDictionary field, COSName key) {
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

    private void classifyAcroForm(COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (o == null || n == null) {
            changes.add(ChangeCategory.OTHER, "AcroForm " + k + " replaced");
            return;
        }
        for (COSName key : differingKeys(o, n)) {
            if (key.equals(COSName.FIELDS)) {
                classifyFieldsArray(k, Cos.array(o.getItem(key)), Cos.array(n.getItem(key)));
            } else if (ACROFORM_SIGNING_KEYS.contains(key)) {
                changes.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "AcroForm /" + key.getName() + " updated");
            } else {
                changes.add(ChangeCategory.OTHER, "AcroForm /" + key.getName() + " changed");
            }
        }
    }

    private void classifyFieldsArray(COSObjectKey k, COSArray o, COSArray n) {
        List<COSObjectKey> before = keys(o);
        List<COSObjectKey> after = keys(n);
        for (COSObjectKey f : before) {
            if (!after.contains(f)) {
                changes.add(ChangeCategory.OTHER, "form field " + f + " removed");
            }
        }
        checkNewFields(o, n);
    }

    private void checkNewFields(COSArray o, COSArray n) {
        List<COSObjectKey> before = keys(o);
        for (COSObjectKey f : keys(n)) {
            if (!before.contains(f)) {
                COSDictionary field = Cos.dict(newer.object(f));
                if (field == null) {
                    changes.add(ChangeCategory.OTHER, "form field " + f + " is not a dictionary");
                } else if (!isSignatureField(field) && !hasSignatureKids(field)) {
                    changes.add(ChangeCategory.OTHER, "new " + fieldType(field) + " form field " + f + " added");
                } else {
                    changes.add(signatureOrFormCategory(field), "form field " + f + " added (" + fieldType(field) + ")");
                }
            }
        }
    }

    private void classifyField(COSObjectKey k, COSDictionary o, COSDictionary n) throws IOException {
        if (o == null || n == null) {
            changes.add(ChangeCategory.OTHER, "form field " + k + " replaced");
            return;
        }
        Set<COSName> diff = differingKeys(o, n);
        boolean signatureField = "Sig".equals(fieldType(o)) || "Sig".equals(fieldType(n));
        if (signatureField) {
            boolean wasEmpty = inherited(o, COSName.V) == null;
            if (wasEmpty && UNSIGNED_SIG_FIELD_KEYS.containsAll(diff)) {
                if (diff.contains(COSName.AP) && sharedAppearance(o.getItem(COSName.AP))) {
                    changes.add(ChangeCategory.OTHER, "appearance of field " + k
                            + " replaced while its old appearance is shared with other content");
                    return;
                }
                changes.add(signatureOrFormCategory(n), "signature field " + k + " signed");
                return;
            }
            if (!wasEmpty && diff.contains(COSName.V)) {
                changes.add(ChangeCategory.OTHER, "signed field " + k + " now points to another signature");
                return;
            }
        } else if (diff.contains(COSName.V) && inherited(o, COSName.V) != null) {
            // the value the signer saw is replaced: the signed content changes
            changes.add(ChangeCategory.OTHER, "signed value of form field " + k + " replaced");
            return;
        } else if (diff.contains(COSName.V) && FORM_FILL_KEYS.containsAll(diff)) {
            changes.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "form field " + k + " filled");
            return;
        } else if (!diff.contains(COSName.V) && !diff.contains(COSName.KIDS)) {
            // the look changes but not the value: what is shown no longer matches what was signed
            // (the shadow "replace" attack)
            changes.add(ChangeCategory.OTHER, "form field " + k + " " + diff + " changed without a new value");
            return;
        }
        for (COSName key : diff) {
            if (key.equals(COSName.KIDS)) {
                classifyFieldsArray(k, Cos.array(o.getItem(key)), Cos.array(n.getItem(key)));
            } else if (key.equals(COSName.AP) || key.equals(COSName.AS)) {
                // a widget's look changed: allowed only with the field's own value
                changes.add(ChangeCategory.OTHER, "appearance of field " + k + " changed without filling it");
            } else if (!signatureField && FORM_FILL_KEYS.contains(key)) {
                changes.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "form field " + k + " /" + key.getName() + " filled");
            } else {
                changes.add(ChangeCategory.OTHER, "form field " + k + " /" + key.getName() + " changed");
            }
        }
    }

    /**
     * An existing appearance stream overwritten: allowed as form filling only when the field that owns it
     * changed its value in this update and nothing else in the older revision uses that stream (otherwise
     * the overwrite would change other content: the "sneaky" appearance attack).
     */
    private void classifyAppearance(COSObjectKey k) throws IOException {
        Optional<COSObjectKey> owner = older.roles().appearanceOwner(k);
        if (owner.isEmpty()) {
            changes.add(ChangeCategory.OTHER, "appearance stream " + k + " modified");
            return;
        }
        COSDictionary oldField = Cos.dict(older.object(owner.get()));
        COSDictionary newField = Cos.dict(newer.object(owner.get()));
        boolean valueChanged = oldField != null && newField != null
                && !Cos.same(inherited(oldField, COSName.V), inherited(newField, COSName.V));
        int refs = referenceCounts().getOrDefault(k, 0);
        Optional<COSObjectKey> parent = older.roles().appearanceParent(k);
        if (parent.isPresent()) {
            refs = Math.max(refs, referenceCounts().getOrDefault(parent.get(), 0));
        }
        if (valueChanged && refs <= 1) {
            changes.add(ChangeCategory.SIGNATURES_AND_FORM_FILL, "appearance " + k + " of filled field " + owner.get() + " updated");
        } else {
            changes.add(ChangeCategory.OTHER, "appearance stream " + k + " overwritten"
                    + (refs > 1 ? " while shared with other content (" + refs + " references)" : " without a value change"));
        }
    }

    /** True when an indirect object of this appearance is referenced more than once in the older revision. */
    private boolean sharedAppearance(COSBase ap) {
        Map<COSObjectKey, Integer> refs = referenceCounts();
        Optional<COSObjectKey> apKey = Cos.keyOf(ap);
        if (apKey.isPresent() && refs.getOrDefault(apKey.get(), 0) > 1) {
            return true;
        }
        COSDictionary d = Cos.dict(ap);
        if (d == null) {
            return false;
        }
        for (COSBase v : d.getValues()) {
            Optional<COSObjectKey> vk = Cos.keyOf(v);
            if (vk.isPresent() && refs.getOrDefault(vk.get(), 0) > 1) {
                return true;
            }
        }
        return false;
    }

    /** How often each object is referenced in the older revision (computed once, only when needed). */
    private Map<COSObjectKey, Integer> referenceCounts() {
        if (olderReferenceCounts == null) {
            Map<COSObjectKey, Integer> counts = new java.util.HashMap<>();
            countRefs(older.trailer(), counts, 0);
            for (COSObjectKey key : older.xref().keySet()) {
                COSBase b = older.object(key);
                if (b != null && !isStructural(b)) {
                    countRefs(b, counts, 0);
                }
            }
            olderReferenceCounts = counts;
        }
        return olderReferenceCounts;
    }

    private static void countRefs(COSBase b, Map<COSObjectKey, Integer> counts, int depth) {
        if (depth > 32 || b == null) {
            return;
        }
        if (b instanceof COSObject o) {
            counts.merge(new COSObjectKey(o.getObjectNumber(), o.getGenerationNumber()), 1, Integer::sum);
        } else if (b instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) {
                countRefs(v, counts, depth + 1);
            }
        } else if (b instanceof COSArray a) {
            for (COSBase v : a) {
                countRefs(v, counts, depth + 1);
            }
        }
    }

    /**
     * New objects are harmless unless they give meaning to a reference that already existed: a new object
     * whose number an older object referenced (a dangling reference now resolved) changes what the older
     * revision showed without touching it.
     */
    private void checkNewObjects(Set<COSObjectKey> added, Set<COSObjectKey> changed) {
        if (added.isEmpty()) {
            return;
        }
        Set<COSObjectKey> reached = new HashSet<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(newer.trailer());
        for (COSObjectKey k : changed) {
            COSBase b = newer.object(k);
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
                    COSBase inner = newer.object(key);
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
                refs = referenceCounts();
            }
            if (refs.containsKey(k)) { // a new label (/Type /ObjStm) gives no exemption
                changes.add(ChangeCategory.OTHER, "object " + k + " defined for a reference that existed before signing");
            }
        }
    }

    private static List<COSObjectKey> keys(COSArray a) {
        if (a == null) {
            return List.of();
        }
        java.util.ArrayList<COSObjectKey> out = new java.util.ArrayList<>();
        for (COSBase b : a) {
            Cos.keyOf(b).ifPresent(out::add);
        }
        return out;
    }
}
