package vn.bansao.verify.internal.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * What the indirect objects of one revision are: the catalog, page-tree nodes, pages, their annotation
 * arrays, the AcroForm, form fields and widgets, signature dictionaries, the DSS (validation data),
 * appearance streams and their owning field, the Info dictionary, the XMP metadata, and page content
 * ({@link Role#CONTENT}: everything a page draws - content streams, resources, images, form XObjects, fonts,
 * colour spaces, the resources of annotation appearances). The revision diff judges a changed object by the
 * role it had before the change. Page content wins over the roles a document could give it by merely naming
 * it (DSS, Info, metadata): an object that is drawn is content, whatever else points to it. Walks are bounded
 * (visited sets, node cap).
 *
 * <pre>{@code
 * Role role = revision.roles().role(objectKey); // PAGE, FIELD, SIGNATURE_DICT...
 * }</pre>
 */
public final class RevisionRoles {

    private static final int MAX_NODES = 200_000;

    /** The role of an object in a revision. */
    public enum Role {
        CATALOG, PAGE_TREE_NODE, PAGE, ANNOTS_ARRAY, ACROFORM, FIELDS_ARRAY, FIELD, ANNOTATION, SIGNATURE_DICT,
        VALIDATION_DATA, APPEARANCE, INFO, METADATA,
        /** Drawn by a page: content streams, resources, images, form XObjects, fonts, appearance resources. */
        CONTENT,
        OTHER;

        /**
         * How much a role protects an object when roles of several revisions are merged: page content most,
         * then the structural and form roles, then the roles a document gives by merely naming an object
         * (validation data, Info, metadata), then none.
         */
        public int weight() {
            return switch (this) {
                case CONTENT -> 3;
                case VALIDATION_DATA, INFO, METADATA -> 1;
                case OTHER -> 0;
                default -> 2;
            };
        }
    }

    /** Roles page content may replace: only those a document gives an object by naming it. */
    private static final Set<Role> NAMING_ROLES = Set.of(Role.OTHER, Role.INFO, Role.METADATA, Role.VALIDATION_DATA);
    /** Keys never followed from content: they lead back to the page tree or to annotations' pages. */
    private static final Set<COSName> BACK_LINKS = Set.of(COSName.PARENT, COSName.P);

    final Map<COSObjectKey, Role> roles = new HashMap<>();
    /** appearance stream -> the field/widget whose /AP holds it */
    final Map<COSObjectKey, COSObjectKey> appearanceOwner = new HashMap<>();
    /** appearance stream -> the indirect /AP dictionary holding it, when the dictionary is indirect */
    final Map<COSObjectKey, COSObjectKey> appearanceParent = new HashMap<>();
    final Set<COSObjectKey> pages = new HashSet<>();
    /** what pages draw from: /Contents, /Resources, /Group, /Thumb, annotation appearances */
    private final List<COSBase> contentRoots = new ArrayList<>();
    private int visited;

    private RevisionRoles() {
    }

    public Role role(COSObjectKey key) {
        return roles.getOrDefault(key, Role.OTHER);
    }

    /** The objects that have this role (a copy). */
    public Set<COSObjectKey> keys(Role role) {
        Set<COSObjectKey> out = new HashSet<>();
        roles.forEach((k, r) -> {
            if (r == role) {
                out.add(k);
            }
        });
        return out;
    }

    public Optional<COSObjectKey> appearanceOwner(COSObjectKey key) {
        return Optional.ofNullable(appearanceOwner.get(key));
    }

    public Optional<COSObjectKey> appearanceParent(COSObjectKey key) {
        return Optional.ofNullable(appearanceParent.get(key));
    }

    public int pageCount() {
        return pages.size();
    }

    static RevisionRoles of(Revision rev) {
        RevisionRoles r = new RevisionRoles();
        COSDictionary trailer = rev.trailer();
        Cos.keyOf(trailer.getItem(COSName.INFO)).ifPresent(k -> r.roles.put(k, Role.INFO));
        COSBase rootRef = trailer.getItem(COSName.ROOT);
        Cos.keyOf(rootRef).ifPresent(k -> r.roles.put(k, Role.CATALOG));
        COSDictionary catalog = Cos.dict(rootRef);
        if (catalog == null) {
            return r;
        }
        Cos.keyOf(catalog.getItem(COSName.METADATA)).ifPresent(k -> r.roles.put(k, Role.METADATA));
        r.walkPages(catalog.getItem(COSName.PAGES), new HashSet<>());
        COSBase acroRef = catalog.getItem(COSName.ACRO_FORM);
        Cos.keyOf(acroRef).ifPresent(k -> r.roles.put(k, Role.ACROFORM));
        COSDictionary acro = Cos.dict(acroRef);
        if (acro != null) {
            COSBase fieldsRef = acro.getItem(COSName.FIELDS);
            Cos.keyOf(fieldsRef).ifPresent(k -> r.roles.put(k, Role.FIELDS_ARRAY));
            COSArray fields = Cos.array(fieldsRef);
            if (fields != null) {
                Set<COSObjectKey> seen = new HashSet<>();
                for (COSBase f : fields) {
                    r.walkField(f, seen, 0);
                }
            }
            Cos.keyOf(acro.getItem(COSName.DR)).ifPresent(k -> r.roles.putIfAbsent(k, Role.ACROFORM));
        }
        r.walkValidationData(catalog.getItem(COSName.getPDFName("DSS")));
        r.walkContent(); // last: content wins over validation data, Info and metadata
        return r;
    }

    private boolean budget() {
        return ++visited < MAX_NODES;
    }

    private void walkPages(COSBase node, Set<COSObjectKey> seen) {
        Deque<COSBase> todo = new ArrayDeque<>();
        if (node == null) {
            return;
        }
        todo.push(node);
        while (!todo.isEmpty() && budget()) {
            COSBase ref = todo.pop();
            Optional<COSObjectKey> key = Cos.keyOf(ref);
            if (key.isPresent() && !seen.add(key.get())) {
                continue; // a loop in the page tree: each node once
            }
            COSDictionary d = Cos.dict(ref);
            if (d == null) {
                continue;
            }
            COSArray kids = Cos.array(d.getItem(COSName.KIDS));
            for (COSName drawn : new COSName[] {COSName.RESOURCES, COSName.CONTENTS, COSName.GROUP,
                    COSName.getPDFName("Thumb")}) {
                if (d.getItem(drawn) != null) {
                    contentRoots.add(d.getItem(drawn)); // resources may be inherited from a page-tree node
                }
            }
            if (COSName.PAGES.getName().equals(Cos.name(d, COSName.TYPE)) || kids != null) {
                key.ifPresent(k -> roles.put(k, Role.PAGE_TREE_NODE));
                Cos.keyOf(d.getItem(COSName.KIDS)).ifPresent(k -> roles.put(k, Role.PAGE_TREE_NODE));
                if (kids != null) {
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        if (kids.get(i) != null) { todo.push(kids.get(i)); }
                    }
                }
            } else {
                key.ifPresent(k -> {
                    roles.put(k, Role.PAGE);
                    pages.add(k);
                });
                COSBase annotsRef = d.getItem(COSName.ANNOTS);
                Cos.keyOf(annotsRef).ifPresent(k -> roles.put(k, Role.ANNOTS_ARRAY));
                COSArray annots = Cos.array(annotsRef);
                if (annots != null) {
                    for (COSBase a : annots) {
                        Cos.keyOf(a).ifPresent(k -> roles.putIfAbsent(k, Role.ANNOTATION));
                        COSDictionary ad = Cos.dict(a);
                        if (ad != null && ad.getItem(COSName.AP) != null) {
                            contentRoots.add(ad.getItem(COSName.AP)); // what the annotation draws
                        }
                        if (ad != null && "Widget".equals(Cos.name(ad, COSName.SUBTYPE))) {
                            Cos.keyOf(a).ifPresent(k -> {
                                roles.put(k, Role.FIELD);
                                walkAppearance(ad, k);
                            });
                        }
                    }
                }
            }
        }
    }

    private void walkField(COSBase ref, Set<COSObjectKey> seen, int depth) {
        Optional<COSObjectKey> key = Cos.keyOf(ref);
        if (depth > 32 || !budget() || (key.isPresent() && !seen.add(key.get()))) {
            return;
        }
        COSDictionary d = Cos.dict(ref);
        if (d == null) {
            return;
        }
        key.ifPresent(k -> {
            roles.put(k, Role.FIELD);
            walkAppearance(d, k);
        });
        COSBase v = d.getItem(COSName.V);
        COSDictionary vd = Cos.dict(v);
        if (vd != null && (vd.containsKey(COSName.BYTERANGE) || vd.containsKey(COSName.CONTENTS))) {
            Cos.keyOf(v).ifPresent(k -> roles.put(k, Role.SIGNATURE_DICT));
        }
        COSArray kids = Cos.array(d.getItem(COSName.KIDS));
        if (kids != null) {
            Cos.keyOf(d.getItem(COSName.KIDS)).ifPresent(k -> roles.put(k, Role.FIELD));
            for (COSBase kid : kids) {
                walkField(kid, seen, depth + 1);
            }
        }
    }

    private void walkAppearance(COSDictionary widget, COSObjectKey owner) {
        COSBase apRef = widget.getItem(COSName.AP);
        Cos.keyOf(apRef).ifPresent(k -> {
            roles.putIfAbsent(k, Role.APPEARANCE);
            appearanceOwner.putIfAbsent(k, owner);
        });
        COSDictionary ap = Cos.dict(apRef);
        if (ap == null) {
            return;
        }
        Optional<COSObjectKey> apKey = Cos.keyOf(apRef);
        for (COSName n : new COSName[] {COSName.N, COSName.R, COSName.D}) {
            COSBase entry = ap.getItem(n);
            Cos.keyOf(entry).ifPresent(k -> {
                roles.putIfAbsent(k, Role.APPEARANCE);
                appearanceOwner.putIfAbsent(k, owner);
                apKey.ifPresent(p -> appearanceParent.putIfAbsent(k, p));
            });
            COSBase e = Cos.deref(entry);
            if (e instanceof COSDictionary states && !(e instanceof org.apache.pdfbox.cos.COSStream)) {
                for (COSBase s : states.getValues()) {
                    Cos.keyOf(s).ifPresent(k -> {
                        roles.putIfAbsent(k, Role.APPEARANCE);
                        appearanceOwner.putIfAbsent(k, owner);
                    });
                }
            }
        }
    }

    /**
     * Everything reachable from what pages draw is {@link Role#CONTENT}, unless it already has a structural
     * role (page, field, appearance stream...). Back links (/Parent, /P) are not followed.
     */
    private void walkContent() {
        Deque<COSBase> todo = new ArrayDeque<>(contentRoots);
        Set<COSObjectKey> seen = new HashSet<>();
        while (!todo.isEmpty() && budget()) {
            COSBase ref = todo.pop();
            Optional<COSObjectKey> key = Cos.keyOf(ref);
            if (key.isPresent()) {
                if (!seen.add(key.get())) {
                    continue;
                }
                if (NAMING_ROLES.contains(role(key.get()))) {
                    roles.put(key.get(), Role.CONTENT);
                }
            }
            COSBase b = Cos.deref(ref);
            if (b instanceof COSDictionary d) { // streams too: their dictionaries name resources, masks, colour spaces
                for (java.util.Map.Entry<COSName, COSBase> e : d.entrySet()) {
                    if (e.getValue() != null && !BACK_LINKS.contains(e.getKey())) {
                        todo.push(e.getValue());
                    }
                }
            } else if (b instanceof COSArray a) {
                a.forEach(v -> { if (v != null) { todo.push(v); } });
            }
        }
    }

    private void walkValidationData(COSBase dss) {
        Deque<COSBase> todo = new ArrayDeque<>();
        Set<COSObjectKey> seen = new HashSet<>();
        if (dss == null) {
            return;
        }
        todo.push(dss);
        int depth = 0;
        while (!todo.isEmpty() && budget() && depth++ < 100_000) {
            COSBase ref = todo.pop();
            Optional<COSObjectKey> key = Cos.keyOf(ref);
            if (key.isPresent()) {
                if (!seen.add(key.get())) {
                    continue;
                }
                roles.putIfAbsent(key.get(), Role.VALIDATION_DATA);
            }
            COSBase b = Cos.deref(ref);
            if (b instanceof org.apache.pdfbox.cos.COSStream) {
                continue;
            }
            if (b instanceof COSDictionary d) {
                d.getValues().forEach(v -> { if (v != null) { todo.push(v); } });
            } else if (b instanceof COSArray a) {
                a.forEach(v -> { if (v != null) { todo.push(v); } });
            }
        }
    }
}
