package vn.bansao.core.read;

import java.util.Locale;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.CertifiedCopyException;
import vn.bansao.core.CoreError;

/**
 * A file that is not a readable certified copy (not a PDF, damaged, encrypted, no bansao metadata, too big),
 * or a signed copy whose later revision states other certification facts than the signed one
 * ({@link #factsChangedAfterSigning()}). Codes {@code COPY_UNREADABLE} and {@code COPY_FACTS_CHANGED_AFTER_SIGNING}.
 *
 * <pre>{@code
 * try { CertifiedCopyReader.read(path); } catch (CertifiedCopyReadException e) { show(e.vietnamese()); }
 * }</pre>
 */
public final class CertifiedCopyReadException extends CertifiedCopyException {

    private static final long serialVersionUID = 1L;

    private final LocalizedText reason;
    private final boolean factsChangedAfterSigning;

    public CertifiedCopyReadException(String vi, String en, Throwable cause) {
        this(vi, en, cause, false);
    }

    CertifiedCopyReadException(String vi, String en, Throwable cause, boolean factsChangedAfterSigning) {
        this(LocalizedText.of(vi, en), cause, factsChangedAfterSigning);
    }

    /** A copy that cannot be read, with the reason in both languages (a bundle text or two strings). */
    public CertifiedCopyReadException(LocalizedText reason, Throwable cause) {
        this(reason, cause, false);
    }

    private CertifiedCopyReadException(LocalizedText reason, Throwable cause, boolean factsChangedAfterSigning) {
        super(factsChangedAfterSigning ? CoreError.COPY_FACTS_CHANGED_AFTER_SIGNING : CoreError.COPY_UNREADABLE,
                cause, reason);
        this.reason = reason;
        this.factsChangedAfterSigning = factsChangedAfterSigning;
    }

    /** The reason in Vietnamese. */
    public String vietnamese() {
        return reason.in(VIETNAMESE);
    }

    /** The reason in English. */
    public String english() {
        return reason.in(Locale.ENGLISH);
    }

    /** True when the copy was readable but a revision appended after signing states other certification facts. */
    public boolean factsChangedAfterSigning() {
        return factsChangedAfterSigning;
    }
}
