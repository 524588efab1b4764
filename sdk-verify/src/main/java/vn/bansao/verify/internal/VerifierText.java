package vn.bansao.verify.internal;

import vn.bansao.common.MessageKey;

/**
 * The detail texts of the verifier's configuration errors ({@code vn/bansao/verify/texts.properties},
 * {@code texts_vi.properties}), given to {@link vn.bansao.verify.TrustConfigurationException}.
 *
 * <pre>{@code
 * throw new TrustConfigurationException(LocalizedText.of(VerifierText.FILE_HOLDS_NO_CERTIFICATE, f), null);
 * }</pre>
 */
public enum VerifierText implements MessageKey {
    CANNOT_READ_FOLDER,
    NOT_A_CERTIFICATE_FILE,
    FILE_HOLDS_NO_CERTIFICATE,
    CANNOT_READ_CERTIFICATE_FILE,
    NOT_A_CERTIFICATE,
    KEY_STORE_HOLDS_NO_CERTIFICATE,
    CANNOT_OPEN_KEY_STORE,
    CANNOT_READ_ROOT_FOLDER,
    NO_ROOT_MATCHES_PINNED_FINGERPRINT;

    @Override
    public String bundle() {
        return "vn.bansao.verify.texts";
    }
}
