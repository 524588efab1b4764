package vn.bansao.transparency.note;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs notes in the C2SP signed-note format (checkpoints, year closings) with the certifying
 * body's key: Ed25519 or ECDSA P-256 (RSA is refused: the spec defines no RSA type).
 *
 * <pre>{@code
 * NoteSigner signer = NoteSigner.fromPkcs12(Path.of("ubnd-phuong.p12"), password, "bansao.vn/register/000.00.00.H56");
 * String note = signer.sign("hello\n");
 * String vkey = signer.verifier().verifierKey();   // publish this for verifiers
 * }</pre>
 */
public final class NoteSigner {

    private final String name;
    private final NoteKeyType type;
    private final PrivateKey privateKey;
    private final NoteVerifier verifier;

    private NoteSigner(String name, PrivateKey privateKey, PublicKey publicKey) {
        NoteKeys.checkName(name);
        this.name = name;
        this.type = NoteKeys.typeOf(publicKey);
        this.privateKey = privateKey;
        this.verifier = NoteVerifier.of(name, publicKey);
    }

    /** A signer over a key pair. */
    public static NoteSigner of(String keyName, PrivateKey privateKey, PublicKey publicKey) {
        return new NoteSigner(keyName, privateKey, publicKey);
    }

    /**
     * A signer over the first private key of a PKCS#12 file (or the entry {@code alias} when given).
     *
     * @throws IllegalArgumentException (Vietnamese + English) for a wrong password, no key, or an RSA key
     */
    public static NoteSigner fromPkcs12(Path file, char[] password, String keyName) {
        return fromPkcs12(file, password, keyName, null);
    }

    /** As {@link #fromPkcs12(Path, char[], String)}, choosing the entry by alias. */
    public static NoteSigner fromPkcs12(Path file, char[] password, String keyName, String alias) {
        java.security.KeyPair pair = Pkcs12Keys.load(file, password, alias);
        return new NoteSigner(keyName, pair.getPrivate(), pair.getPublic());
    }

    /** The key name written on signature lines. */
    public String keyName() {
        return name;
    }

    /** Ed25519 or ECDSA P-256. */
    public NoteKeyType keyType() {
        return type;
    }

    /** The matching verifier (public key only). */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** Signs {@code text} (must end in a newline) and returns the whole signed note. */
    public String sign(String text) {
        NoteFormat.checkText(text);
        try {
            Signature s = Signature.getInstance(NoteKeys.signatureAlgorithm(type));
            s.initSign(privateKey);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] sig = s.sign();
            byte[] blob = new byte[4 + sig.length];
            int id = verifier.keyId();
            blob[0] = (byte) (id >>> 24);
            blob[1] = (byte) (id >>> 16);
            blob[2] = (byte) (id >>> 8);
            blob[3] = (byte) id;
            System.arraycopy(sig, 0, blob, 4, sig.length);
            return text + "\n" + NoteFormat.SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing the note failed: " + e.getMessage(), e);
        }
    }
}
