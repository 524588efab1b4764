package vn.bansao.certification;

import java.util.Objects;

/**
 * A certification refused before (or instead of) allocating a register number: the statement disagrees with the
 * signers' certificates, the output cannot be written, a key or the TSA is unusable. It carries a stable code and
 * the reason in Vietnamese and in English; {@link #getMessage()} is {@code "tiếng Việt / English"}.
 *
 * <pre>{@code
 * try {
 *     desk.certify(scans, facts, out);
 * } catch (CertificationRefusedException e) {
 *     System.err.println(e.code() + ": " + e.messageVi());
 * }
 * }</pre>
 */
public final class CertificationRefusedException extends RuntimeException {

    /** Why a certification was refused. */
    public enum Code {
        /** The facts name another certifier, title or body than the signing certificates. */
        STATEMENT_MISMATCH,
        /** The signed copy cannot be written where asked (no such folder, permission denied, is a directory). */
        OUTPUT_NOT_WRITABLE,
        /** A signing key cannot sign (token removed, key does not match its certificate). */
        KEY_UNUSABLE,
        /** The level needs a time-stamp and the TSA does not answer. */
        TSA_UNREACHABLE,
        /** The number was already certified: completing it again would change nothing but the copy. */
        ALREADY_CERTIFIED
    }

    private final Code code;
    private final String messageVi;
    private final String messageEn;

    /** A refusal with both messages. */
    public CertificationRefusedException(Code code, String messageVi, String messageEn) {
        this(code, messageVi, messageEn, null);
    }

    /** A refusal with both messages and the underlying cause (kept for logs, never shown). */
    public CertificationRefusedException(Code code, String messageVi, String messageEn, Throwable cause) {
        super(messageVi + " / " + messageEn, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** The stable code. */
    public Code code() {
        return code;
    }

    /** The reason in Vietnamese. */
    public String messageVi() {
        return messageVi;
    }

    /** The reason in English. */
    public String messageEn() {
        return messageEn;
    }
}
