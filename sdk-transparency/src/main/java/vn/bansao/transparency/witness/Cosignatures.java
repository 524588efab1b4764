package vn.bansao.transparency.witness;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** The cosignature/v1 wire rules (c2sp.org/tlog-cosignature) shared by the signer and the verifier. */
final class Cosignatures {

    /** Signature type of an Ed25519 cosignature/v1 key. */
    static final byte TYPE_ED25519_COSIGNATURE_V1 = 0x04;
    /** Timestamp (8) and Ed25519 signature (64) after the key ID. */
    static final int SIGNATURE_BYTES = 8 + 64;

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo, before the 32 raw key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Cosignatures() {
    }

    /** The signed message: {@code cosignature/v1\ntime <t>\n} then the checkpoint body with its final newline. */
    static byte[] message(long timestamp, String checkpointBody) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointBody).getBytes(StandardCharsets.UTF_8);
    }

    /** Key ID: SHA-256(name || 0x0A || 0x04 || 32-byte key)[:4], big-endian. */
    static int keyId(String name, byte[] rawKey) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x0A);
            md.update(TYPE_ED25519_COSIGNATURE_V1);
            byte[] h = md.digest(rawKey);
            return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32 raw bytes of an Ed25519 public key, or an error naming what the key is instead. */
    static byte[] rawEd25519(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki == null || spki.length != 44 || !Arrays.equals(Arrays.copyOf(spki, 12), ED25519_SPKI_PREFIX)) {
            throw new IllegalArgumentException("Khóa nhân chứng phải là Ed25519 / a witness key must be Ed25519"
                    + " (cosignature/v1), not " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(spki, 12, 44);
    }

    static PublicKey ed25519(byte[] raw) throws GeneralSecurityException {
        if (raw.length != 32) {
            throw new GeneralSecurityException("Ed25519 key must be 32 bytes, got " + raw.length);
        }
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, 44);
        System.arraycopy(raw, 0, spki, 12, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    /** Key names as the signed-note spec allows them: non-empty, no spaces, no '+', at most 255 bytes. */
    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > 255
                || name.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '+' || cp < 0x20 || cp == 0x7f)) {
            throw new IllegalArgumentException("Tên nhân chứng không hợp lệ \"" + name + "\": không được rỗng, có dấu"
                    + " cách hoặc dấu '+' (ví dụ tuphap.hochiminhcity.gov.vn/witness) / invalid witness key name \""
                    + name + "\": non-empty, no spaces, no '+' (e.g. tuphap.hochiminhcity.gov.vn/witness)");
        }
    }
}
