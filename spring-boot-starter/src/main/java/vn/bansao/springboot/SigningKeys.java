package vn.bansao.springboot;

import java.util.Objects;
import java.util.Optional;
import vn.bansao.signing.SigningKey;

/**
 * The keys this application signs with on the server: the certifying officer's and the authority's seal, both or
 * neither (then copies are signed remotely, with keys the server never sees).
 *
 * <pre>{@code
 * SigningKeys signingKeys() {   // a @Bean of yours: e.g. a PKCS#11 token instead of the starter's PKCS#12 files
 *     return SigningKeys.of(SigningKey.pkcs11(lib, 0, pin, "officer"), SigningKey.pkcs11(lib, 0, pin, "seal"));
 * }
 * }</pre>
 *
 * @param officer   the certifying officer's key
 * @param authority the authority's seal key
 */
public record SigningKeys(Optional<SigningKey> officer, Optional<SigningKey> authority) {

    public SigningKeys {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(authority, "authority");
        if (officer.isPresent() != authority.isPresent()) {
            throw new IllegalArgumentException("give both the officer's and the authority's key, or neither");
        }
    }

    /** Both keys. */
    public static SigningKeys of(SigningKey officer, SigningKey authority) {
        return new SigningKeys(Optional.of(officer), Optional.of(authority));
    }

    /** No keys on the server: remote signing only. */
    public static SigningKeys none() {
        return new SigningKeys(Optional.empty(), Optional.empty());
    }

    /** Whether copies can be signed on the server. */
    public boolean present() {
        return officer.isPresent();
    }
}
