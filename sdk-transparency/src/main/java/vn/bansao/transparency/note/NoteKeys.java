package vn.bansao.transparency.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Key encodings and key IDs of the signed-note spec. */
final class NoteKeys {

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo, before the 32 raw key bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private NoteKeys() {
    }

    static NoteKeyType typeOf(PublicKey key) {
        String alg = key.getAlgorithm();
        if (alg.equals("Ed25519") || alg.equals("EdDSA")) {
            byte[] spki = key.getEncoded();
            if (spki.length == 44 && Arrays.equals(Arrays.copyOf(spki, 12), ED25519_SPKI_PREFIX)) {
                return NoteKeyType.ED25519;
            }
        }
        if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256
                && ec.getParams().getOrder().bitLength() == 256 && isP256(ec)) {
            return NoteKeyType.ECDSA_P256;
        }
        if (alg.equals("RSA") || alg.equals("RSASSA-PSS")) {
            throw new IllegalArgumentException("Khóa RSA không dùng được cho điểm kiểm (signed note chỉ định nghĩa Ed25519"
                    + " và ECDSA) / RSA keys cannot sign register checkpoints: the C2SP signed-note spec defines"
                    + " Ed25519 and ECDSA only; use an ECDSA P-256 or Ed25519 key for the register");
        }
        throw new IllegalArgumentException("Loại khóa không hỗ trợ / unsupported key for signed notes: " + alg
                + " (use Ed25519 or ECDSA P-256)");
    }

    private static boolean isP256(ECPublicKey ec) {
        // the P-256 prime: 2^256 - 2^224 + 2^192 + 2^96 - 1
        java.math.BigInteger p = new java.math.BigInteger(
                "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
        return ec.getParams().getCurve().getField() instanceof java.security.spec.ECFieldFp fp && fp.getP().equals(p);
    }

    /** The public key bytes as the signed-note verifier key carries them. */
    static byte[] keyBytes(NoteKeyType type, PublicKey key) {
        byte[] spki = key.getEncoded();
        return type == NoteKeyType.ED25519 ? Arrays.copyOfRange(spki, 12, 44) : spki;
    }

    static PublicKey publicKey(NoteKeyType type, byte[] keyBytes) throws GeneralSecurityException {
        if (type == NoteKeyType.ED25519) {
            if (keyBytes.length != 32) {
                throw new GeneralSecurityException("Ed25519 key must be 32 bytes");
            }
            byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, 44);
            System.arraycopy(keyBytes, 0, spki, 12, 32);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        }
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(keyBytes));
    }

    static int keyId(String name, NoteKeyType type, byte[] keyBytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (type == NoteKeyType.ED25519) {
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0x0A);
                md.update(type.id());
            }
            byte[] h = md.digest(keyBytes);
            return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signatureAlgorithm(NoteKeyType type) {
        return type == NoteKeyType.ED25519 ? "Ed25519" : "SHA256withECDSA";
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.codePoints().anyMatch(cp -> Character.isWhitespace(cp)
                || Character.isSpaceChar(cp) || cp == '+' || cp < 0x20)) {
            throw new IllegalArgumentException("Tên khóa không hợp lệ / invalid note key name \"" + name
                    + "\" (non-empty, no spaces, no '+')");
        }
    }
}
