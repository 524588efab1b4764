package vn.bansao.transparency.note;

/**
 * Signature types of the C2SP signed-note spec this SDK implements.
 *
 * <pre>{@code
 * NoteKeyType t = signer.keyType();   // ED25519 or ECDSA_P256
 * }</pre>
 */
public enum NoteKeyType {
    /** {@code 0x01}: Ed25519 (RFC 8032) over the note text; key ID = SHA-256(name || 0x0A || 0x01 || 32-byte key)[:4]. */
    ED25519((byte) 0x01),
    /**
     * {@code 0x02}: ECDSA as implemented by transparency-dev/witness, here NIST P-256 with SHA-256 and
     * an ASN.1 DER signature; key ID = SHA-256(DER SubjectPublicKeyInfo)[:4].
     */
    ECDSA_P256((byte) 0x02);

    private final byte id;

    NoteKeyType(byte id) {
        this.id = id;
    }

    /** The signature type identifier byte. */
    public byte id() {
        return id;
    }
}
