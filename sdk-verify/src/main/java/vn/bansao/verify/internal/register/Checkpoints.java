package vn.bansao.verify.internal.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * C2SP {@code tlog-checkpoint} bodies signed as C2SP {@code signed-note}s with Ed25519 verifier keys
 * ({@code <name>+<hex key hash>+<base64(0x01 || public key)>}).
 *
 * <pre>{@code
 * Optional<Checkpoint> cp = Checkpoints.verify(noteText, "bansao.vn/register+1a2b3c4d+AQ...");
 * }</pre>
 */
public final class Checkpoints {

    /** A parsed checkpoint body. */
    public record Checkpoint(String origin, long size, byte[] rootHash) {
    }

    private Checkpoints() {
    }

    /** Parses and verifies the note; empty when malformed or not signed by the key. */
    public static Optional<Checkpoint> verify(String note, String verifierKey) {
        try {
            String[] key = verifierKey.trim().split("\\+");
            if (key.length != 3) {
                return Optional.empty();
            }
            String name = key[0];
            byte[] keyData = Base64.getDecoder().decode(key[2]);
            if (keyData.length != 33 || keyData[0] != 0x01) {
                return Optional.empty();
            }
            byte[] pub = Arrays.copyOfRange(keyData, 1, 33);
            byte[] keyHash = keyHash(name, keyData);
            int split = note.indexOf("\n\n");
            if (split < 0) {
                return Optional.empty();
            }
            String body = note.substring(0, split + 1);
            boolean ok = false;
            for (String line : note.substring(split + 2).split("\n")) {
                if (!line.startsWith("\u2014 ")) {
                    continue;
                }
                String[] parts = line.substring(2).split(" ");
                if (parts.length != 2 || !parts[0].equals(name)) {
                    continue;
                }
                byte[] sig = Base64.getDecoder().decode(parts[1]);
                if (sig.length != 68 || !Arrays.equals(Arrays.copyOf(sig, 4), keyHash)) {
                    continue;
                }
                Ed25519Signer v = new Ed25519Signer();
                v.init(false, new Ed25519PublicKeyParameters(pub, 0));
                byte[] msg = body.getBytes(StandardCharsets.UTF_8);
                v.update(msg, 0, msg.length);
                ok = v.verifySignature(Arrays.copyOfRange(sig, 4, 68));
                if (ok) {
                    break;
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            String[] lines = body.split("\n");
            if (lines.length < 3) {
                return Optional.empty();
            }
            return Optional.of(new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] keyHash(String name, byte[] keyData) {
        MessageDigest md = Fingerprints.newSha256();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        md.update(keyData);
        return Arrays.copyOf(md.digest(), 4);
    }
}
