package vn.bansao.transparency.note;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Verifies C2SP signed notes made with one known key. The verifier key text
 * ({@code <name>+<hex key id>+<base64(type || public key)>}) is what a certifying body publishes.
 *
 * <pre>{@code
 * NoteVerifier v = NoteVerifier.parse("bansao.vn/register/000.00.00.H56+1a2b3c4d+AQ...");
 * String body = v.open(signedNoteText);    // throws NoteVerificationException unless signed by that key
 * Checkpoint cp = Checkpoint.parse(body);
 * }</pre>
 */
public final class NoteVerifier {

    private final String name;
    private final NoteKeyType type;
    private final PublicKey key;
    private final byte[] keyBytes;
    private final int keyId;

    private NoteVerifier(String name, NoteKeyType type, PublicKey key, byte[] keyBytes) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.keyBytes = keyBytes;
        this.keyId = NoteKeys.keyId(name, type, keyBytes);
    }

    /** A verifier for a public key (Ed25519 or ECDSA P-256) under a key name. */
    public static NoteVerifier of(String keyName, PublicKey publicKey) {
        NoteKeys.checkName(keyName);
        NoteKeyType type = NoteKeys.typeOf(publicKey);
        return new NoteVerifier(keyName, type, publicKey, NoteKeys.keyBytes(type, publicKey));
    }

    /** Parses a verifier key {@code name+hexid+base64(type||key)}. */
    public static NoteVerifier parse(String verifierKey) {
        String[] parts = verifierKey.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Khóa kiểm tra không hợp lệ / malformed verifier key");
        }
        try {
            byte[] typed = Base64.getDecoder().decode(parts[2]);
            NoteKeyType type = Arrays.stream(NoteKeyType.values()).filter(t -> t.id() == typed[0]).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown signature type " + typed[0]));
            byte[] keyBytes = Arrays.copyOfRange(typed, 1, typed.length);
            NoteVerifier v = new NoteVerifier(parts[0], type, NoteKeys.publicKey(type, keyBytes), keyBytes);
            if (v.keyId != (int) Long.parseLong(parts[1], 16)) {
                throw new IllegalArgumentException("key ID does not match the key");
            }
            return v;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("Khóa kiểm tra không hợp lệ / malformed verifier key: " + e.getMessage(), e);
        }
    }

    /** The key name. */
    public String keyName() {
        return name;
    }

    /** The key ID (first 4 bytes of the spec's hash, big-endian). */
    public int keyId() {
        return keyId;
    }

    /** Ed25519 or ECDSA P-256. */
    public NoteKeyType keyType() {
        return type;
    }

    /** The verifier key text to publish: {@code name+hexid+base64(type||key)}. */
    public String verifierKey() {
        byte[] typed = new byte[keyBytes.length + 1];
        typed[0] = type.id();
        System.arraycopy(keyBytes, 0, typed, 1, keyBytes.length);
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /**
     * Verifies {@code note} and returns its text (ending in a newline). Signatures from other keys
     * are ignored, as the spec requires; a bad signature from this key rejects the note.
     */
    public String open(String note) throws NoteVerificationException {
        NoteFormat.Parsed parsed = NoteFormat.parse(note);
        for (NoteFormat.Line line : parsed.signatures()) {
            int id = ((line.blob()[0] & 0xff) << 24) | ((line.blob()[1] & 0xff) << 16)
                    | ((line.blob()[2] & 0xff) << 8) | (line.blob()[3] & 0xff);
            if (!line.name().equals(name) || id != keyId) {
                continue;
            }
            try {
                Signature s = Signature.getInstance(NoteKeys.signatureAlgorithm(type));
                s.initVerify(key);
                s.update(parsed.text().getBytes(StandardCharsets.UTF_8));
                if (s.verify(Arrays.copyOfRange(line.blob(), 4, line.blob().length))) {
                    return parsed.text();
                }
            } catch (GeneralSecurityException e) {
                // malformed signature bytes: treated as a failed signature
            }
            throw new NoteVerificationException("chữ ký không hợp lệ / invalid signature by " + name);
        }
        throw new NoteVerificationException("không có chữ ký của khóa " + name + " / no signature by key " + name);
    }
}
