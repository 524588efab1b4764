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
