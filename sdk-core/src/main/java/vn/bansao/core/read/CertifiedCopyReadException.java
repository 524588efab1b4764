package vn.bansao.core.read;

import vn.bansao.core.CertifiedCopyException;

/**
 * A file that is not a readable certified copy (not a PDF, damaged, encrypted, no bansao metadata, too big),
 * or a signed copy whose later revision states other certification facts than the signed one
 * ({@link #factsChangedAfterSigning()}).
 *
 * <pre>{@code
 * try { CertifiedCopyReader.read(path); } catch (CertifiedCopyReadException e) { show(e.vietnamese()); }
 * }</pre>
 */
public final class CertifiedCopyReadException extends CertifiedCopyException {

    private static final long serialVersionUID = 1L;

    private final String vietnamese;
    private final String english;
    private final boolean factsChangedAfterSigning;

    public CertifiedCopyReadException(String vi, String en, Throwable cause) {
        this(vi, en, cause, false);
    }

    CertifiedCopyReadException(String vi, String en, Throwable cause, boolean factsChangedAfterSigning) {
        super(vi + " / " + en, cause);
        this.vietnamese = vi;
        this.english = en;
        this.factsChangedAfterSigning = factsChangedAfterSigning;
    }

    /** The reason in Vietnamese. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The reason in English. */
    public String english() {
        return english;
    }

    /** True when the copy was readable but a revision appended after signing states other certification facts. */
    public boolean factsChangedAfterSigning() {
        return factsChangedAfterSigning;
    }
}
