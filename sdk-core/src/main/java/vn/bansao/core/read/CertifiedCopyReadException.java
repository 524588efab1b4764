package vn.bansao.core.read;

import vn.bansao.core.CertifiedCopyException;

/**
 * A file that is not a readable certified copy (not a PDF, damaged, encrypted, no bansao metadata, too big).
 *
 * <pre>{@code
 * try { CertifiedCopyReader.read(path); } catch (CertifiedCopyReadException e) { ... }
 * }</pre>
 */
public final class CertifiedCopyReadException extends CertifiedCopyException {

    private static final long serialVersionUID = 1L;

    public CertifiedCopyReadException(String vi, String en, Throwable cause) {
        super(vi + " / " + en, cause);
    }
}
