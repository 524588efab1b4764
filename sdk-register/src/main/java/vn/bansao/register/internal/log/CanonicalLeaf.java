package vn.bansao.register.internal.log;

import java.nio.charset.StandardCharsets;
import vn.bansao.register.spi.LogRow;

/**
 * The canonical bytes of a register row: the Merkle leaf. Documented in the module README.
 *
 * <p>Deterministic JSON: one object, keys sorted by UTF-16 code units (all keys are ASCII), no
 * whitespace, integers in plain decimal, strings in UTF-8 NFC with only {@code "}, {@code \} and
 * control characters escaped ({@code \n}, else {@code \}{@code uXXXX} lower-case hex), absent date =
 * {@code null}; {@code scanDigest} is written only when not empty (rows without one keep their v1 bytes). The leaf index is part of the leaf, so a row moved to another position no longer
 * matches its hash. The stored hashes ({@code leaf_hash}, {@code tree_root}) are not part of it.
 *
 * <pre>{@code
 * byte[] leafHash = Rfc6962.leafHash(CanonicalLeaf.encode(row));
 * }</pre>
 */
public final class CanonicalLeaf {

    /** Version of this encoding, written as key {@code "v"}. */
    public static final int VERSION = 1;

    private CanonicalLeaf() {
    }

    /**
     * Whether the leaf of {@code row} carries no personal data and may be published: a v1 leaf holds the private
     * fields in clear, so only when all of them are empty.
     */
    public static boolean publishable(LogRow row) {
        return row.requesterName().isEmpty() && row.requesterId().isEmpty() && row.documentTitle().isEmpty()
                && row.documentNumber().isEmpty() && row.documentIssuer().isEmpty() && row.documentDate().isEmpty()
                && row.notes().isEmpty();
    }

    /** The canonical bytes of {@code row}. */
    public static byte[] encode(LogRow row) {
        // keys written in sorted order by hand (a map per row costs more than the hashing)
        StringBuilder sb = new StringBuilder(640).append('{');
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
        num(sb, "sequence", row.sequence()).append(',');
        str(sb, "signedCopySha256", row.signedCopySha256()).append(',');
        str(sb, "unsignedPackageSha256", row.unsignedPackageSha256()).append(',');
        num(sb, "v", VERSION).append(',');
        num(sb, "year", row.year());
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
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
