package vn.bansao.register.internal.log;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import vn.bansao.register.spi.LogRow;

/**
 * The canonical bytes of a register row: the Merkle leaf. Documented in the module README.
 *
 * <p>Deterministic JSON: one object, keys sorted by UTF-16 code units (all keys are ASCII), no
 * whitespace, integers in plain decimal, strings in UTF-8 NFC with only {@code "}, {@code \} and
 * control characters escaped ({@code \n}, else {@code \}{@code uXXXX} lower-case hex), absent date =
 * {@code null}. The leaf index is part of the leaf, so a row moved to another position no longer
 * matches its hash. The stored hashes ({@code leaf_hash}, {@code tree_root}) are not part of it.
 */
public final class CanonicalLeaf {

    /** Version of this encoding, written as key {@code "v"}. */
    public static final int VERSION = 1;

    private CanonicalLeaf() {
    }

    /** The canonical bytes of {@code row}. */
    public static byte[] encode(LogRow row) {
        Map<String, Object> m = new TreeMap<>();
        m.put("v", VERSION);
        m.put("leafIndex", row.leafIndex());
        m.put("kind", row.kind().name());
        m.put("agencyCode", row.agencyCode());
        m.put("registerType", row.registerType());
        m.put("year", row.year());
        m.put("book", row.book());
        m.put("sequence", row.sequence());
        m.put("refLeaf", row.refLeaf());
        m.put("date", row.date() == null ? null : row.date().toString());
        m.put("requesterName", row.requesterName());
        m.put("requesterId", row.requesterId());
        m.put("documentTitle", row.documentTitle());
        m.put("documentIssuer", row.documentIssuer());
        m.put("documentNumber", row.documentNumber());
        m.put("documentDate", row.documentDate());
        m.put("pages", row.pages());
        m.put("copies", row.copies());
        m.put("certifierName", row.certifierName());
        m.put("certifierTitle", row.certifierTitle());
        m.put("fee", row.fee());
        m.put("copyKind", row.copyKind());
        m.put("unsignedPackageSha256", row.unsignedPackageSha256());
        m.put("signedCopySha256", row.signedCopySha256());
        m.put("notes", row.notes());
        m.put("attestation", row.attestation());
        m.put("recordedAt", row.recordedAt());
        StringBuilder sb = new StringBuilder(512).append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String s) {
                string(sb, s);
            } else {
                sb.append(v);
            }
        }
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
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
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
