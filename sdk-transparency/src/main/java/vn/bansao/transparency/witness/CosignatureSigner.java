package vn.bansao.transparency.witness;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.note.Pkcs12Keys;
import vn.bansao.transparency.note.SignedNote;

/**
 * Cosigns checkpoints as a witness (c2sp.org/tlog-cosignature, {@code cosignature/v1}, Ed25519): the statement
 * "as of this time, this is the largest consistent tree I have seen for this origin". Only {@link Witness} should
 * call {@link #cosign} on a checkpoint, after it checked consistency with what it cosigned before.
 *
 * <pre>{@code
 * CosignatureSigner s = CosignatureSigner.fromPkcs12(Path.of("witness.p12"), password,
 *         "tuphap.hochiminhcity.gov.vn/witness");
 * String line = s.cosign(checkpoint, Instant.now().getEpochSecond());   // "— tuphap... base64\n"
 * String vkey = s.verifier().verifierKey();                               // publish for verifiers
 * }</pre>
 */
public final class CosignatureSigner {

    private final String name;
    private final PrivateKey privateKey;
    private final CosignatureVerifier verifier;

    private CosignatureSigner(String name, PrivateKey privateKey, PublicKey publicKey) {
        Cosignatures.checkName(name);
        this.name = name;
        this.privateKey = privateKey;
        this.verifier = CosignatureVerifier.of(name, publicKey);
        checkPair();
    }

    /**
     * A signer over an Ed25519 key pair.
     *
     * @throws IllegalArgumentException for another key type, an invalid name, or a private key that does not
     *                                  match the public key
     */
    public static CosignatureSigner of(String name, PrivateKey privateKey, PublicKey publicKey) {
        return new CosignatureSigner(name, privateKey, publicKey);
    }

    /** A signer over the first Ed25519 private key of a PKCS#12 file. */
    public static CosignatureSigner fromPkcs12(Path file, char[] password, String name) {
        return fromPkcs12(file, password, name, null);
    }

    /** As {@link #fromPkcs12(Path, char[], String)}, choosing the entry by alias when {@code alias} is not null. */
    public static CosignatureSigner fromPkcs12(Path file, char[] password, String name, String alias) {
        java.security.KeyPair pair = Pkcs12Keys.load(file, password, alias);
        return new CosignatureSigner(name, pair.getPrivate(), pair.getPublic());
    }

    private void checkPair() {
        Checkpoint probe = new Checkpoint("bansao.vn/witness/key-check", 0, new byte[32]);
        if (verifier.verify(probe.body() + "\n" + cosign(probe, 1), probe).isEmpty()) {
            throw new IllegalArgumentException("Khóa bí mật không khớp khóa công khai / the private key does not match"
                    + " the public key");
        }
    }

    /** The witness key name written on cosignature lines. */
    public String name() {
        return name;
    }

    /** The matching verifier (public key only). */
    public CosignatureVerifier verifier() {
        return verifier;
    }

    /**
     * One cosignature line {@code — name base64(keyID || timestamp || signature)\n} on {@code cp}'s body.
     *
     * @param unixSeconds the cosignature time, {@code > 0} (tlog-witness forbids a zero timestamp)
     */
    public String cosign(Checkpoint cp, long unixSeconds) {
        if (unixSeconds <= 0) {
            throw new IllegalArgumentException("cosignature timestamp must be positive: " + unixSeconds);
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(Cosignatures.message(unixSeconds, cp.body()));
            byte[] sig = s.sign();
            byte[] tsig = new byte[Cosignatures.SIGNATURE_BYTES];
            for (int i = 0; i < 8; i++) {
                tsig[i] = (byte) (unixSeconds >>> (56 - 8 * i));
            }
            System.arraycopy(sig, 0, tsig, 8, 64);
            return new SignedNote.Line(name, verifier.keyId(), tsig).toLine();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cosigning failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CosignatureSigner[" + verifier.verifierKey() + "]";
    }
}
