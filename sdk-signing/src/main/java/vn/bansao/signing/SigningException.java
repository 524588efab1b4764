package vn.bansao.signing;

import java.util.Locale;
import vn.bansao.common.BansaoException;
import vn.bansao.common.ErrorCode;
import vn.bansao.common.LocalizedText;

/**
 * Why a signature could not be made. Every failure carries a {@link Cause} to switch on (its stable
 * {@link #code()} is {@code SIGNING_<CAUSE>}, e.g. {@code SIGNING_CERTIFICATE_REVOKED}) and a message in Vietnamese
 * or English ({@link #message(Locale)}; {@link #getMessage()} is English); the output file is never left half-written.
 *
 * <pre>{@code
 * try {
 *     signer.sign(in, out, key, Role.OFFICER);
 * } catch (SigningException e) {
 *     if (e.cause() == SigningException.Cause.CERTIFICATE_REVOKED) { ... }
 *     log.warn(e.getMessage());                            // "the certificate is revoked ..."
 *     show(e.message(BansaoException.VIETNAMESE));         // "Chứng thư số đã bị thu hồi ..."
 * }
 * }</pre>
 */
public class SigningException extends BansaoException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; as an {@link ErrorCode}, {@code SIGNING_<name>} with its text in {@code vn/bansao/signing/errors*.properties}. */
    public enum Cause implements ErrorCode {
        /** The input is not a readable PDF. */
        NOT_A_PDF,
        /** The input is an encrypted PDF (not supported for certified copies). */
        ENCRYPTED_PDF,
        /** An earlier certification signature forbids any change (DocMDP P=1). */
        DOCUMENT_LOCKED,
        /** The document is already certified; a second certification signature is not allowed. */
        ALREADY_CERTIFIED,
        /** The certified copy has no field for this role (e.g. an officer signing a copy from the master register). */
        FIELD_NOT_FOUND,
        /** The role's signature field is already signed. */
        FIELD_ALREADY_SIGNED,
        /** The certificate's validity period has ended. */
        CERTIFICATE_EXPIRED,
        /** The certificate's validity period has not begun. */
        CERTIFICATE_NOT_YET_VALID,
        /** The certificate is revoked (OCSP or CRL said so). */
        CERTIFICATE_REVOKED,
        /** The certificate does not allow signing (key usage lacks digitalSignature and nonRepudiation). */
        CERTIFICATE_WRONG_USAGE,
        /** Neither OCSP nor CRL answered, and strict mode is on. */
        REVOCATION_UNAVAILABLE,
        /** RSA shorter than 2048 bits, EC shorter than 256 bits, or another key type. */
        WEAK_KEY,
        /** SHA-1 or MD5 asked for, or met in the certificate or a supplied CMS. */
        WEAK_ALGORITHM,
        /** The key store password or the token PIN is wrong. */
        WRONG_PASSWORD,
        /** The key store, token, slot or alias cannot be found or read. */
        KEY_UNAVAILABLE,
        /** The private key does not match the certificate, or the token refused to sign. */
        KEY_MISMATCH,
        /** The time-stamp authority did not answer or answered with an error. */
        TSA_UNAVAILABLE,
        /** Adding validation data or the document time-stamp failed. */
        AUGMENTATION_FAILED,
        /** A remote-signing session was altered or signed with another key. */
        SESSION_TAMPERED,
        /** A remote-signing session is past its expiry. */
        SESSION_EXPIRED,
        /** The signature value or CMS supplied does not belong to the session. */
        SESSION_MISMATCH,
        /** A letter of the visible text has no glyph in the embedded font. */
        GLYPH_MISSING,
        /** Reading or writing a file failed. */
        IO_ERROR;

        @Override
        public String code() {
            return "SIGNING_" + name();
        }

        @Override
        public String bundle() {
            return "vn.bansao.signing.errors";
        }
    }

    private final Cause cause;

    /** Creates an exception with its message in both languages. */
    public SigningException(Cause cause, String messageVi, String messageEn) {
        this(cause, messageVi, messageEn, null);
    }

    /** Creates an exception with its underlying reason. */
    public SigningException(Cause cause, String messageVi, String messageEn, Throwable underlying) {
        this(cause, LocalizedText.of(messageVi, messageEn), underlying);
    }

    /** Creates an exception whose message is {@code detail} (a bundle text or two strings) in either language. */
    public SigningException(Cause cause, LocalizedText detail, Throwable underlying) {
        super(cause, detail, underlying);
        this.cause = cause;
    }

    /** The kind of failure. */
    public Cause cause() {
        return cause;
    }

}
