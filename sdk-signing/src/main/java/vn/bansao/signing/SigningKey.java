package vn.bansao.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.login.FailedLoginException;
import vn.bansao.common.LocalizedText;

/**
 * A private key with its certificate chain (signer first), from a PKCS#12 file, a PKCS#11 token or
 * anything that gives a {@link PrivateKey}. For keys that never leave a browser or a CA's remote
 * service, use {@link RemoteSigning} instead.
 *
 * <pre>{@code
 * SigningKey officer = SigningKey.pkcs12(Path.of("officer.p12"), "secret".toCharArray());
 * SigningKey seal = SigningKey.pkcs11(Path.of("/usr/lib/softhsm/libsofthsm2.so"), 1838453652L, pin, "seal");
 * }</pre>
 */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final Provider provider;
    private final String description;

    private SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider, String description) {
        if (chain.isEmpty()) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.NO_CERTIFICATE_WITH_KEY, description), null);
        }
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(chain);
        this.provider = provider;
        this.description = description;
    }

    /** Wraps a key already loaded by the caller; {@code chain} starts with the signer's certificate. */
    public static SigningKey of(PrivateKey privateKey, List<X509Certificate> chain) {
        return new SigningKey(privateKey, chain, null, "in-memory key");
    }

    /** Wraps a key whose signatures must be computed by a given JCA provider (e.g. a PKCS#11 provider). */
    public static SigningKey of(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {
        return new SigningKey(privateKey, chain, provider, "key of provider " + provider.getName());
    }

    /** The first key entry of a PKCS#12 file. */
    public static SigningKey pkcs12(Path file, char[] password) {
        return pkcs12(file, password, null);
    }

    /**
     * The key entry {@code alias} (or the first key entry when {@code null}) of a PKCS#12 file.
     *
     * @throws SigningException {@code WRONG_PASSWORD}, or {@code KEY_UNAVAILABLE} when the file or alias is missing
     */
    public static SigningKey pkcs12(Path file, char[] password, String alias) {
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
        } catch (NoSuchFileException e) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.KEY_FILE_NOT_FOUND, file), e);
        } catch (IOException e) {
            if (hasCause(e, UnrecoverableKeyException.class) || String.valueOf(e.getMessage()).contains("password")) {
                throw wrongPassword(file.toString(), e);
            }
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.CANNOT_READ_PKCS_12, file, e.getMessage()), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.CANNOT_READ_PKCS_12, file, e.getMessage()), e);
        }
        return fromKeyStore(ks, password, alias, null, "PKCS#12 " + file.getFileName());
    }

    /**
     * A key on a PKCS#11 token chosen by slot id ({@code pkcs11-tool -L} or {@code softhsm2-util --show-slots}
     * lists them). Java 17's SunPKCS11 cannot select a token by label; use {@link #pkcs11(Path, String, char[], String)}
     * with {@code slotListIndex = N} or other SunPKCS11 settings when the slot id is not stable.
     *
     * @param alias the key's label on the token (CKA_LABEL), or null for the first key
     * @throws SigningException {@code WRONG_PASSWORD} for a wrong PIN, {@code KEY_UNAVAILABLE} otherwise
     */
    public static SigningKey pkcs11(Path library, long slot, char[] pin, String alias) {
        return pkcs11(library, "slot = " + slot, pin, alias);
    }

    /**
     * A key on a PKCS#11 token selected by SunPKCS11 configuration lines, e.g. {@code "slotListIndex = 0"}.
     */
    public static SigningKey pkcs11(Path library, String sunPkcs11Selector, char[] pin, String alias) {
        return pkcs11(library, sunPkcs11Selector, pin, alias, sunPkcs11Selector.strip());
    }

    private static SigningKey pkcs11(Path library, String selector, char[] pin, String alias, String what) {
        if (!Files.isRegularFile(library)) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.PKCS_11_LIBRARY_NOT_FOUND, library), null);
        }
        Provider provider;
        try {
            // One provider per token: SunPKCS11 binds a provider instance to one slot.
            String config = "--name = bansao-" + Integer.toHexString(Objects.hash(library, selector)) + "\n"
                    + "library = " + library + "\n" + selector + "\n";
            provider = Security.getProvider("SunPKCS11").configure(config);
        } catch (RuntimeException e) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.CANNOT_OPEN_PKCS_11, what, e.getMessage()), e);
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, pin);
        } catch (IOException e) {
            if (hasCause(e, FailedLoginException.class) || String.valueOf(e.getMessage()).contains("PIN")) {
                throw new SigningException(SigningException.Cause.WRONG_PASSWORD,
                        LocalizedText.of(SigningText.WRONG_PIN_PKCS_11, what), e);
            }
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.CANNOT_LOG_IN_PKCS_11, what, e.getMessage()), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.CANNOT_READ_PKCS_11, what, e.getMessage()), e);
        }
        return fromKeyStore(ks, null, alias, provider, "PKCS#11 " + what);
    }

    private static SigningKey fromKeyStore(KeyStore ks, char[] password, String alias, Provider provider, String what) {
        try {
            String chosen = alias;
            if (chosen == null) {
                for (String a : Collections.list(ks.aliases())) {
                    if (ks.isKeyEntry(a)) {
                        chosen = a;
                        break;
                    }
                }
            }
            if (chosen == null || !ks.isKeyEntry(chosen)) {
                throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                        LocalizedText.of(SigningText.NO_KEY_ENTRY, (alias == null ? "" : "'" + alias + "' "), what), null);
            }
            PrivateKey key = (PrivateKey) ks.getKey(chosen, password);
            Certificate[] certs = ks.getCertificateChain(chosen);
            if (certs == null) {
                Certificate single = ks.getCertificate(chosen);
                certs = single == null ? new Certificate[0] : new Certificate[] {single};
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certs) {
                chain.add((X509Certificate) c);
            }
            return new SigningKey(key, chain, provider, what + " alias " + chosen);
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(what, e);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningException.Cause.KEY_UNAVAILABLE,
                    LocalizedText.of(SigningText.CANNOT_READ_KEY, what, e.getMessage()), e);
        }
    }

    private static SigningException wrongPassword(String what, Exception e) {
        return new SigningException(SigningException.Cause.WRONG_PASSWORD,
                LocalizedText.of(SigningText.WRONG_KEY_STORE_PASSWORD, what), e);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** The private key (a handle for tokens: the key material stays on the token). */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate chain, signer first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The provider that must compute signatures, when the key lives on a token. */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public String toString() {
        return "SigningKey[" + description + ", " + certificate().getSubjectX500Principal().getName() + "]";
    }

    /** Overwrites a password array once it is no longer needed. */
    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
