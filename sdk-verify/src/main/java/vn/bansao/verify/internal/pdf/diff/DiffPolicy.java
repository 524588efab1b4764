package vn.bansao.verify.internal.pdf.diff;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.LaterSignaturePolicy;
import vn.bansao.verify.internal.pdf.ChangeSet;
import vn.bansao.verify.internal.pdf.Cos;
import vn.bansao.verify.internal.pdf.Revision;
import vn.bansao.verify.internal.pdf.RevisionRoles.Role;

/**
 * How one incremental update is judged: the rule families ({@link StructureRules}, {@link FormFieldRules},
 * {@link AnnotationRules}, {@link MetadataRules}, {@link ValidationDataRules}) combined, object by object,
 * without rendering. The outcome is a {@link ChangeSet} whose {@link ChangeSet#worst()} is the modification
 * level ({@link ChangeCategory}, in DocMDP order), with one line per change.
 *
 * <p>Because the older revision is a byte prefix of the newer one, an object whose cross-reference entry did
 * not change is byte-identical; only redefined and new objects are looked at. A redefined object is judged by
 * the role it had before (catalog, page, field, signature dictionary, DSS...). Whatever no family recognises
 * as harmless is {@link ChangeCategory#OTHER}: the check fails closed, which is what makes rendering
 * unnecessary. Immutable and thread-safe.
 *
 * <pre>{@code
 * ChangeSet changes = DiffPolicy.defaults().classify(signedRevision, nextRevision); // changes.worst()
 * }</pre>
 */
public final class DiffPolicy {

    private static final DiffPolicy DEFAULTS = new DiffPolicy(LaterSignaturePolicy.FREE_AREA_OF_STATEMENT_PAGE);

    private final LaterSignaturePolicy laterSignatures;

    private DiffPolicy(LaterSignaturePolicy laterSignatures) {
        this.laterSignatures = Objects.requireNonNull(laterSignatures);
    }

    /** The rules as documented in sdk-verify's README. */
    public static DiffPolicy defaults() {
        return DEFAULTS;
    }

    /** The default rules with another rule for signatures added after the first one. */
    public DiffPolicy withLaterSignatures(LaterSignaturePolicy policy) {
        return policy == laterSignatures ? this : new DiffPolicy(policy);
    }

    /** What a signature widget added after the first signature may look like. */
    public LaterSignaturePolicy laterSignatures() {
        return laterSignatures;
    }

    /** Classifies the update that turns {@code older} into {@code newer}, {@code older} being the first signed one. */
    public ChangeSet classify(Revision older, Revision newer) {
        return classify(List.of(older), older, newer);
    }

    /**
     * Classifies the update that turns {@code older} into {@code newer}; never throws.
     *
     * @param signed the signed revisions up to and including {@code older}, oldest first
     */
    public ChangeSet classify(List<Revision> signed, Revision older, Revision newer) {
        if (signed.isEmpty() || signed.get(signed.size() - 1) != older) {
            throw new IllegalArgumentException("the signed revisions must end with the older one");
        }
        DiffContext ctx = new DiffContext(signed, Objects.requireNonNull(older), Objects.requireNonNull(newer), this);
        try {
            run(ctx);
        } catch (IOException | RuntimeException e) {
            ctx.add(ChangeCategory.OTHER, "update cannot be analysed: " + e);
            org.slf4j.LoggerFactory.getLogger(DiffPolicy.class).debug("diff failed", e);
        }
        return ctx.changes();
    }

    private void run(DiffContext ctx) throws IOException {
        Map<COSObjectKey, Long> ox = ctx.older().xref();
        Map<COSObjectKey, Long> nx = ctx.newer().xref();
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
        StructureRules.removedObjects(ctx);
        StructureRules.trailer(ctx);
        StructureRules.hiddenDefinitions(ctx);
        Set<COSObjectKey> reallyChanged = new LinkedHashSet<>();
        for (COSObjectKey k : changed) {
            if (!Cos.same(ctx.older().object(k), ctx.newer().object(k))) {
                reallyChanged.add(k);
            }
        }
        for (COSObjectKey k : reallyChanged) {
            changedObject(ctx, k, ctx.older().object(k), ctx.newer().object(k));
        }
        SignatureWidgetRules.laterSignatureWidgets(ctx, added, reallyChanged);
        StructureRules.newObjects(ctx, added, reallyChanged);
    }

    /** A redefined object, handed to the family that owns its role. */
    private void changedObject(DiffContext ctx, COSObjectKey k, COSBase o, COSBase n) throws IOException {
        Role role = ctx.role(k);
        if (n == null) {
            ctx.add(ChangeCategory.OTHER, role + " " + k + " deleted");
            return;
        }
        switch (role) {
            case CATALOG -> StructureRules.catalog(ctx, k, Cos.dict(o), Cos.dict(n));
            case PAGE -> StructureRules.page(ctx, k, Cos.dict(o), Cos.dict(n));
            case ANNOTS_ARRAY -> AnnotationRules.annotsArray(ctx, k, Cos.array(o), Cos.array(n));
            case ACROFORM -> FormFieldRules.acroForm(ctx, k, Cos.dict(o), Cos.dict(n));
            case FIELDS_ARRAY -> FormFieldRules.fieldsArray(ctx, k, Cos.array(o), Cos.array(n));
            case FIELD -> FormFieldRules.changedField(ctx, k, Cos.dict(o), Cos.dict(n));
            case ANNOTATION -> AnnotationRules.changedAnnotation(ctx, k);
            case SIGNATURE_DICT -> FormFieldRules.changedSignatureDictionary(ctx, k, Cos.dict(o), Cos.dict(n));
            case VALIDATION_DATA -> ValidationDataRules.changedObject(ctx, k);
            case APPEARANCE -> FormFieldRules.changedAppearance(ctx, k);
            case INFO -> MetadataRules.infoUpdated(ctx);
            case METADATA -> MetadataRules.metadata(ctx, k, n);
            case CONTENT -> StructureRules.content(ctx, k, o);
            default -> StructureRules.unrecognised(ctx, k, o, n);
        }
    }
}
