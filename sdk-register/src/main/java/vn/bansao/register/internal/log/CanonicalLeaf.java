package vn.bansao.register.internal.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.bansao.register.spi.LogRow;

/**
 * The canonical bytes of a register row: the Merkle leaf. Both versions are documented byte for byte in the
 * module README ("Leaf encoding") and pinned in {@code CanonicalLeafTest}.
 *
 * <p>Deterministic JSON: one object, keys sorted by UTF-16 code units (all keys are ASCII), no whitespace,
 * integers in plain decimal, strings in UTF-8 NFC with only {@code "}, {@code \} and control characters escaped
 * ({@code \n}, else {@code \}{@code uXXXX} lower-case hex), absent date = {@code null}. The leaf index is part of
 * the leaf, so a row moved to another position no longer matches its hash. The stored hashes ({@code leaf_hash},
 * {@code tree_root}) are not part of it.
 *
 * <ul>
 *   <li><b>v1</b> (rows written before issue 15): every column in clear, the requester's and the original
 *       document's details included; {@code scanDigest} only when not empty. Such a leaf is never published
 *       unless all its {@link #PRIVATE_FIELDS} are empty ({@link #publishable}).</li>
 *   <li><b>v2</b> (every new row): the {@link #PRIVATE_FIELDS} are replaced by one key {@code "private"}: the hex
 *       SHA-256 of the row's 16-byte random salt followed by the canonical JSON of the private fields
 *       ({@link #privateFieldsJson}). The salt is stored with the row and never published, so the commitment
 *       cannot be opened by trying names or ID numbers, and two rows with the same details have different
 *       commitments; editing a private field or the salt in the database changes the leaf hash.</li>
 * </ul>
 *
 * <pre>{@code
 * byte[] leafHash = Rfc6962.leafHash(CanonicalLeaf.encode(row));
 * }</pre>
 */
public final class CanonicalLeaf {

    /** The leaf with every column in clear (rows written before issue 15). */
    public static final int V1 = 1;
    /** The leaf with the personal data replaced by a salted commitment (every new row). */
    public static final int V2 = 2;
    /** The version every new row is written with. */
    public static final int CURRENT = V2;
    /** Bytes of a v2 row's salt. */
    public static final int SALT_BYTES = 16;
    /** The columns a v2 leaf replaces by its {@code "private"} commitment, in key order. */
    public static final java.util.List<String> PRIVATE_FIELDS = java.util.List.of("documentDate", "documentIssuer",
            "documentNumber", "documentTitle", "notes", "requesterId", "requesterName");

    private static final HexFormat HEX = HexFormat.of();

    private CanonicalLeaf() {
    }

    /**
     * Whether the leaf of {@code row} carries no personal data and may be published: a v2 leaf always, a v1 leaf
     * (which holds the private fields in clear) only when all of them are empty.
     */
    public static boolean publishable(LogRow row) {
        if (row.leafVersion() == V2) {
            return true;
        }
        return row.requesterName().isEmpty() && row.requesterId().isEmpty() && row.documentTitle().isEmpty()
                && row.documentNumber().isEmpty() && row.documentIssuer().isEmpty() && row.documentDate().isEmpty()
                && row.notes().isEmpty();
    }

    /**
     * The canonical bytes of {@code row}, in the row's leaf version.
     *
     * @throws IllegalArgumentException when the row's version is unknown, or its salt does not fit it (a v2 row
     *                                  without 32 lower-case hex digits of salt, a v1 row with one): such a row was
     *                                  edited in the database
     */
    public static byte[] encode(LogRow row) {
        return switch (row.leafVersion()) {
            case V1 -> {
                if (!row.leafSalt().isEmpty()) {
                    throw new IllegalArgumentException("a v1 leaf has no salt, row " + row.leafIndex() + " has one");
                }
                yield encodeV1(row);
            }
            case V2 -> encodeV2(row, salt(row));
            default -> throw new IllegalArgumentException("unknown leaf version " + row.leafVersion() + " at row "
                    + row.leafIndex());
        };
    }

    /**
     * The canonical JSON of a row's private fields, the input of a v2 leaf's commitment after the salt:
     * {@code {"documentDate":…,"documentIssuer":…,"documentNumber":…,"documentTitle":…,"notes":…,
     * "requesterId":…,"requesterName":…}}, every value a string, UTF-8.
     */
    public static byte[] privateFieldsJson(LogRow row) {
        StringBuilder sb = new StringBuilder(256).append('{');
        str(sb, "documentDate", row.documentDate()).append(',');
        str(sb, "documentIssuer", row.documentIssuer()).append(',');
        str(sb, "documentNumber", row.documentNumber()).append(',');
        str(sb, "documentTitle", row.documentTitle()).append(',');
        str(sb, "notes", row.notes()).append(',');
        str(sb, "requesterId", row.requesterId()).append(',');
        str(sb, "requesterName", row.requesterName());
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The v2 commitment: lower-case hex SHA-256(salt ‖ {@link #privateFieldsJson}). */
    public static String privateDigest(LogRow row, byte[] salt) {
        if (salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("a leaf salt has " + SALT_BYTES + " bytes, not " + salt.length);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(privateFieldsJson(row));
            return HEX.formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] salt(LogRow row) {
        String hex = row.leafSalt();
        if (hex.length() != 2 * SALT_BYTES || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("row " + row.leafIndex() + " (leaf v2) has no valid salt");
        }
        return HEX.parseHex(hex);
    }

    private static byte[] encodeV1(LogRow row) {
        // keys written in sorted order by hand (a map per row costs more than the hashing)
        StringBuilder sb = new StringBuilder(640).append('{');
        publicHead(sb, row);
        str(sb, "documentDate", row.documentDate()).append(',');
        str(sb, "documentIssuer", row.documentIssuer()).append(',');
        str(sb, "documentNumber", row.documentNumber()).append(',');
        str(sb, "documentTitle", row.documentTitle()).append(',');
        num(sb, "fee", row.fee()).append(',');
        str(sb, "kind", row.kind().name()).append(',');
        num(sb, "leafIndex", row.leafIndex()).append(',');
        str(sb, "notes", row.notes()).append(',');
        num(sb, "pages", row.pages()).append(',');
        str(sb, "recordedAt", row.recordedAt()).append(',');
        num(sb, "refLeaf", row.refLeaf()).append(',');
        str(sb, "registerType", row.registerType()).append(',');
        str(sb, "requesterId", row.requesterId()).append(',');
        str(sb, "requesterName", row.requesterName()).append(',');
        if (!row.scanDigest().isEmpty()) {
            // only when present: rows written before the digest was kept hash exactly as they did
            str(sb, "scanDigest", row.scanDigest()).append(',');
        }
        publicTail(sb, row, V1);
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodeV2(LogRow row, byte[] salt) {
        StringBuilder sb = new StringBuilder(512).append('{');
        publicHead(sb, row);
        num(sb, "fee", row.fee()).append(',');
        str(sb, "kind", row.kind().name()).append(',');
        num(sb, "leafIndex", row.leafIndex()).append(',');
        num(sb, "pages", row.pages()).append(',');
        str(sb, "private", privateDigest(row, salt)).append(',');
        str(sb, "recordedAt", row.recordedAt()).append(',');
        num(sb, "refLeaf", row.refLeaf()).append(',');
        str(sb, "registerType", row.registerType()).append(',');
        str(sb, "scanDigest", row.scanDigest()).append(','); // always written in v2 ("" when none)
        publicTail(sb, row, V2);
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** agencyCode … date: the keys before {@code documentDate}, the same in both versions. */
    private static void publicHead(StringBuilder sb, LogRow row) {
        str(sb, "agencyCode", row.agencyCode()).append(',');
        str(sb, "attestation", row.attestation()).append(',');
        num(sb, "book", row.book()).append(',');
        str(sb, "certifierName", row.certifierName()).append(',');
        str(sb, "certifierTitle", row.certifierTitle()).append(',');
        num(sb, "copies", row.copies()).append(',');
        str(sb, "copyKind", row.copyKind()).append(',');
        if (row.date() == null) {
            sb.append("\"date\":null,");
        } else {
            str(sb, "date", row.date().toString()).append(',');
        }
    }

    /** sequence … year: the keys after {@code scanDigest}, the same in both versions but for {@code v}. */
    private static void publicTail(StringBuilder sb, LogRow row, int version) {
        num(sb, "sequence", row.sequence()).append(',');
        str(sb, "signedCopySha256", row.signedCopySha256()).append(',');
        str(sb, "unsignedPackageSha256", row.unsignedPackageSha256()).append(',');
        num(sb, "v", version).append(',');
        num(sb, "year", row.year());
    }

    private static StringBuilder num(StringBuilder sb, String key, long value) {
        return sb.append('"').append(key).append("\":").append(value);
    }

    private static StringBuilder str(StringBuilder sb, String key, String value) {
        sb.append('"').append(key).append("\":");
        string(sb, value == null ? "" : value);
        return sb;
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
