package vn.bansao.signing;

import vn.bansao.common.MessageKey;

/**
 * The texts of the signer's errors ({@code vn/bansao/signing/texts.properties}, {@code texts_vi.properties}): the
 * details a {@link SigningException} carries, each one sentence naming what is wrong.
 *
 * <pre>{@code
 * throw new SigningException(Cause.IO_ERROR, LocalizedText.of(SigningText.FILE_UNREADABLE, file, IoReason.of(e)), e);
 * }</pre>
 */
public enum SigningText implements MessageKey {
    NO_CERTIFICATE_WITH_KEY,
    KEY_FILE_NOT_FOUND,
    CANNOT_READ_PKCS_12,
    PKCS_11_LIBRARY_NOT_FOUND,
    CANNOT_OPEN_PKCS_11,
    WRONG_PIN_PKCS_11,
    CANNOT_LOG_IN_PKCS_11,
    CANNOT_READ_PKCS_11,
    NO_KEY_ENTRY,
    CANNOT_READ_KEY,
    WRONG_KEY_STORE_PASSWORD,
    SIGNATURE_VALUE_DOES_NOT_VERIFY,
    CMS_FORBIDDEN_DIGEST,
    SESSION_EXPIRED_AT,
    SESSION_BROKEN_CERTIFICATE,
    HASH_ALGORITHM_FORBIDDEN,
    CMS_LARGER_THAN_RESERVED,
    SESSION_MALFORMED,
    RSA_KEY_TOO_SHORT,
    EC_KEY_TOO_SHORT,
    UNSUPPORTED_KEY_TYPE,
    PDF_ENCRYPTED,
    DOCUMENT_LOCKED_BY_DOCMDP,
    NO_SIGNATURE_FIELD,
    FIELD_ALREADY_SIGNED,
    CANNOT_READ_PDF,
    INPUT_NOT_A_PDF,
    NO_TSA_CONFIGURED,
    TSA_DID_NOT_ANSWER,
    FONT_HAS_NO_GLYPH,
    COULD_NOT_ADD_LONG_TERM_DATA,
    CERTIFICATE_REVOKED_ON,
    CERTIFICATE_EXPIRED_ON,
    CERTIFICATE_NOT_YET_VALID,
    CERTIFICATE_KEY_USAGE_FORBIDS_SIGNING,
    CERTIFICATE_SIGNED_WITH_FORBIDDEN_ALGORITHM,
    LEVEL_NEEDS_TSA,
    PRIVATE_KEY_COULD_NOT_SIGN,
    PRIVATE_KEY_DOES_NOT_MATCH,
    CMS_EXCEEDS_RESERVED,
    /** {0} the file, {1} why ({@link vn.bansao.common.IoReason}). */
    FILE_UNREADABLE,
    /** {0} the file, {1} why. */
    FILE_UNWRITABLE,
    /** {0} the trust anchor file, {1} why. */
    TRUST_ANCHOR_UNREADABLE;

    @Override
    public String bundle() {
        return "vn.bansao.signing.texts";
    }
}
