package vn.bansao.verify;

/**
 * What a signature field or widget added <i>after</i> the first (certification) signature may look like.
 * DocMDP P=2 allows later signatures, but a new <i>visible</i> widget draws over the page like an annotation:
 * a third signature whose appearance covers the statement's number, or an unsigned signature field whose
 * appearance covers a scan, changes what a viewer shows while every signature stays intact (the shadow
 * attacks of Mainka et al., NDSS 2021). Whatever the policy, an <b>unsigned</b> new signature field with a
 * visible appearance is a modification (it proves nothing and only paints), and a widget added when the
 * first signature was made (the certified copy's {@code bansao_authority} box) may be signed as reserved.
 *
 * <pre>{@code
 * CopyVerifier.builder().trustAnchors(anchors).laterSignatures(LaterSignaturePolicy.INVISIBLE_ONLY).build();
 * }</pre>
 */
public enum LaterSignaturePolicy {
    /** A later signature may only be invisible: zero-size {@code /Rect}, hidden, or no/empty appearance. */
    INVISIBLE_ONLY,
    /**
     * The default: invisible, or visible on the last (statement) page in a free area, never over the page's
     * drawn content (images, text, paths) nor over an earlier widget or annotation; a visible later widget on a
     * scanned page is a modification.
     */
    FREE_AREA_OF_STATEMENT_PAGE,
    /**
     * The letter of DocMDP P=2: any later signature, visible anywhere (as pyHanko's
     * {@code allow_new_visible_after_certify}). Not recommended: a trusted key's appearance can then hide or
     * forge content of the certified copy.
     */
    ANY_VISIBLE_PER_DOCMDP
}
