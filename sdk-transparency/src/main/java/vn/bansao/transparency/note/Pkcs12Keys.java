package vn.bansao.transparency.note;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Collections;
import java.util.List;

/**
 * Reads the key pair of a PKCS#12 entry: the one loader behind {@link NoteSigner#fromPkcs12} (a register's checkpoint
 * key) and the witness's {@code CosignatureSigner.fromPkcs12}.
 *
 * <pre>{@code
 * KeyPair pair = Pkcs12Keys.load(Path.of("witness.p12"), password, null);   // the first key entry
 * }</pre>
 */
public final class Pkcs12Keys {

    private Pkcs12Keys() {
    }

    /**
     * The private key of entry {@code alias} (or of the first key entry when {@code alias} is null) with its
     * certificate's public key.
     *
     * @throws IllegalArgumentException (Vietnamese / English) for a wrong password, an unreadable file or no key
     */
    public static KeyPair load(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (String a : alias != null ? List.of(alias) : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(a) && ks.getKey(a, password) instanceof PrivateKey key && ks.getCertificate(a) != null) {
                    return new KeyPair(ks.getCertificate(a).getPublicKey(), key);
                }
            }
            throw new IllegalArgumentException("Tệp PKCS#12 không có khóa bí mật / no private key in " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Không đọc được tệp PKCS#12 (sai mật khẩu?) / cannot read PKCS#12 "
                    + file + " (wrong password?): " + e.getMessage(), e);
        }
    }
}
