package vn.bansao.transparency.witness;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.SignedNote;

/**
 * Verifies a witness's cosignatures (c2sp.org/tlog-cosignature, {@code cosignature/v1}, Ed25519, verifier key
 * type {@code 0x04}) on a checkpoint the caller has already verified with the log's key.
 *
 * <pre>{@code
 * CosignatureVerifier w = CosignatureVerifier.parse("tuphap.hochiminhcity.gov.vn/witness+1a2b3c4d+BA...");
 * Checkpoint cp = SignedCheckpoint.parse(note).verify(registerKey);   // the log's signature first
 * Optional<Long> when = w.verify(note, cp);                            // Unix time of a valid cosignature
 * }</pre>
 *
 * <p>A cosignature counts only on the exact checkpoint body {@code cp}: a note whose text is another checkpoint
 * (another size, root, origin or extension lines) yields no cosignature. A line with this key's name and key ID
 * whose signature does not verify makes the whole note count as not cosigned by this key, as a signed note with a
 * bad signature of a known key is malformed.
 */
public final class CosignatureVerifier {

    private final String name;
    private final byte[] rawKey;
    private final PublicKey key;
    private final int keyId;

    private CosignatureVerifier(String name, byte[] rawKey, PublicKey key) {
        this.name = name;
        this.rawKey = rawKey.clone();
        this.key = key;
        this.keyId = Cosignatures.keyId(name, rawKey);
    }

    /** A verifier for an Ed25519 public key under a witness key name. */
    public static CosignatureVerifier of(String name, PublicKey publicKey) {
        Cosignatures.checkName(name);
        return new CosignatureVerifier(name, Cosignatures.rawEd25519(publicKey), publicKey);
    }

    /**
     * Parses a verifier key {@code name+<8 hex key ID>+base64(0x04 || 32-byte Ed25519 key)}.
     *
     * @throws IllegalArgumentException (Vietnamese + English) if malformed, of another type (e.g. a plain note key
     *                                  {@code 0x01}, which signs without a timestamp) or if the key ID does not match
     */
    public static CosignatureVerifier parse(String vkey) {
        String[] parts = vkey == null ? new String[0] : vkey.strip().split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-fA-F]{8}")) {
            throw malformed("expected name+keyid+key");
        }
        byte[] typed;
        try {
            typed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw malformed("key is not base64");
        }
        if (typed.length != 33 || typed[0] != Cosignatures.TYPE_ED25519_COSIGNATURE_V1) {
            throw malformed("not an Ed25519 cosignature/v1 key (type 0x04, 32 bytes)"
                    + (typed.length > 0 ? ", type 0x" + HexFormat.of().toHexDigits(typed[0]) : ""));
        }
        Cosignatures.checkName(parts[0]);
        byte[] raw = Arrays.copyOfRange(typed, 1, 33);
        PublicKey pk;
        try {
            pk = Cosignatures.ed25519(raw);
        } catch (GeneralSecurityException e) {
            throw malformed(e.getMessage());
        }
        CosignatureVerifier v = new CosignatureVerifier(parts[0], raw, pk);
        if (v.keyId != (int) Long.parseLong(parts[1], 16)) {
            throw malformed("the key ID " + parts[1] + " does not match the key");
        }
        return v;
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("Khóa kiểm tra của nhân chứng không hợp lệ / malformed witness verifier key: "
                + why);
    }

    /** The witness key name, as on its signature lines. */
    public String name() {
        return name;
    }

    /** The key ID (first 4 bytes of SHA-256(name || 0x0A || 0x04 || key), big-endian). */
    public int keyId() {
        return keyId;
    }

    /** The verifier key to publish: {@code name+hexid+base64(0x04 || key)}. */
    public String verifierKey() {
        byte[] typed = new byte[33];
        typed[0] = Cosignatures.TYPE_ED25519_COSIGNATURE_V1;
        System.arraycopy(rawKey, 0, typed, 1, 32);
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The 32 raw bytes of the public key (two names on one key are one witness: the message omits the name). */
    byte[] rawKey() {
        return rawKey.clone();
    }

    /** True when both verify with the same public key, whatever their names. */
    boolean sameKey(CosignatureVerifier other) {
        return MessageDigest.isEqual(rawKey, other.rawKey);
    }

    /**
     * The timestamp (Unix seconds) of this key's valid cosignature on {@code cp} in {@code note}; empty when the
     * note is malformed, its text is not exactly {@code cp}'s body, it has no line of this key, or a line of this key
     * does not verify.
     */
    public Optional<Long> verify(String note, Checkpoint cp) {
        SignedNote parsed;
        try {
            parsed = SignedNote.parse(note);
        } catch (NoteVerificationException e) {
            return Optional.empty();
        }
        String body = cp.body();
        if (!parsed.text().equals(body)) {
            return Optional.empty();
        }
        Optional<Long> found = Optional.empty();
        for (SignedNote.Line line : parsed.signatures()) {
            if (!line.name().equals(name) || line.keyId() != keyId) {
                continue;
            }
            Optional<Long> t = verifyLine(line.signature(), body);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            if (found.isEmpty() || t.get() > found.get()) {
                found = t;
            }
        }
        return found;
    }

    private Optional<Long> verifyLine(byte[] sig, String body) {
        if (sig.length != Cosignatures.SIGNATURE_BYTES) {
            return Optional.empty();
        }
        long t = 0;
        for (int i = 0; i < 8; i++) {
            t = (t << 8) | (sig[i] & 0xff);
        }
        if (t < 0) {            // above 2^63 - 1: the spec forbids it
            return Optional.empty();
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(Cosignatures.message(t, body));
            return s.verify(sig, 8, 64) ? Optional.of(t) : Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return verifierKey();
    }
}
