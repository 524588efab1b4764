package vn.bansao.certification;

import java.util.Locale;
import java.util.Objects;
import vn.bansao.common.BansaoException;
import vn.bansao.common.ErrorCode;
import vn.bansao.common.LocalizedText;

/**
 * A certification refused before (or instead of) allocating a register number: the statement disagrees with the
 * signers' certificates, the output cannot be written, a key or the TSA is unusable. A {@link BansaoException}:
 * its stable {@link #code()} is the {@link Code}'s name, {@link #message(Locale)} gives the reason in Vietnamese or
 * English and {@link #getMessage()} in English.
 *
 * <pre>{@code
 * try {
 *     desk.certify(scans, facts, out);
 * } catch (CertificationRefusedException e) {
 *     if (e.refusal() == CertificationRefusedException.Code.TSA_UNREACHABLE) retryLater();
 *     System.err.println(e.code() + ": " + e.message(BansaoException.VIETNAMESE));
 * }
 * }</pre>
 */
public final class CertificationRefusedException extends BansaoException {

    private static final long serialVersionUID = 1L;

    /** Why a certification was refused; texts in {@code vn/bansao/certification/errors*.properties}. */
    public enum Code implements ErrorCode {
        /** The facts name another certifier, title or body than the signing certificates. */
        STATEMENT_MISMATCH,
        /** The signed copy cannot be written where asked (no such folder, permission denied, is a directory). */
        OUTPUT_NOT_WRITABLE,
        /** A signing key cannot sign (token removed, key does not match its certificate). */
        KEY_UNUSABLE,
        /** The level needs a time-stamp and the TSA does not answer. */
        TSA_UNREACHABLE,
        /** The number was already certified: completing it again would change nothing but the copy. */
        ALREADY_CERTIFIED;

        @Override
        public String bundle() {
            return "vn.bansao.certification.errors";
        }
    }

    private final Code refusal;

    /** A refusal with both messages. */
    public CertificationRefusedException(Code code, String messageVi, String messageEn) {
        this(code, messageVi, messageEn, null);
    }

    /** A refusal with both messages and the underlying cause (kept for logs, never shown). */
    public CertificationRefusedException(Code code, String messageVi, String messageEn, Throwable cause) {
        this(code, LocalizedText.of(messageVi, messageEn), cause);
    }

    /** A refusal whose reason is a bundle text or two strings. */
    public CertificationRefusedException(Code code, LocalizedText reason, Throwable cause) {
        super(Objects.requireNonNull(code, "code"), reason, cause);
        this.refusal = code;
    }

    /** Why, as the enum to switch on ({@link #code()} is its name). */
    public Code refusal() {
        return refusal;
    }

}
