package vn.bansao.core.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes {@link CertificationFacts} as JSON: the {@code --facts FACTS.json} format of
 * {@code bansao build} (sample in {@code examples/samples/facts.json}).
 *
 * <pre>{@code
 * CertificationFacts facts = FactsJson.read(Path.of("facts.json"));
 * }</pre>
 *
 * <p>Format (dates ISO {@code yyyy-MM-dd}; {@code fee} in VND and {@code portalUrl} optional):
 * <pre>
 * { "kind": "FROM_ORIGINAL" | "FROM_MASTER_REGISTER", "number": 123, "book": "01/2026-SCT/BS",
 *   "registerType": "SCT/BS", "date": "2026-11-22",
 *   "certifyingBody": {"name": "...", "agencyCode": "000.00.12.H29"},
 *   "requester": {"name": "...", "id": "079123456789"},
 *   "original": {"title": "...", "issuer": "...", "number": "...", "date": "2010-07-01"},
 *   "pages": 2, "copies": 1, "certifier": {"name": "...", "title": "..."},
 *   "fee": 4000, "portalUrl": "https://..." }
 * </pre>
 */
public final class FactsJson {

    /** Facts files are a few hundred bytes; anything beyond this is not a facts file. */
    private static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FactsJson() {
    }

    /** Reads facts from a JSON file; {@link IllegalArgumentException} names the wrong or missing field. */
    public static CertificationFacts read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": tệp dữ kiện quá lớn (tối đa 1 MiB) / facts file too large (1 MiB at most)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads facts from JSON. */
    public static CertificationFacts read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in.readNBytes((int) MAX_BYTES + 1));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's own text ("Unexpected end-of-input... [Source: REDACTED...]") is for developers
            throw new IllegalArgumentException(malformed(e), e);
        }
        return read(root);
    }

    /** Reads facts from JSON text. */
    public static CertificationFacts read(String json) {
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // never: the bytes are in memory
        }
    }

    private static CertificationFacts read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("dữ kiện phải là một đối tượng JSON {…} / facts JSON must be an object {…}");
        }
        try {
            CertificationFacts.Builder b = CertificationFacts.builder()
                    .kind(kind(req(root, "kind").asText()))
                    .number(reqLong(root, "number"))
                    .book(req(root, "book").asText())
                    .registerType(req(root, "registerType").asText())
                    .date(date(root, "date"))
                    .certifyingBody(req(req(root, "certifyingBody"), "name").asText(),
                            req(req(root, "certifyingBody"), "agencyCode").asText())
                    .requester(req(req(root, "requester"), "name").asText(),
                            req(req(root, "requester"), "id").asText())
                    .document(req(req(root, "original"), "title").asText(),
                            req(req(root, "original"), "issuer").asText(),
                            root.path("original").path("number").asText(""),
                            date(req(root, "original"), "date"))
                    .pages((int) reqLong(root, "pages"))
                    .copies(root.has("copies") ? (int) reqLong(root, "copies") : 1)
                    .certifier(req(req(root, "certifier"), "name").asText(),
                            req(req(root, "certifier"), "title").asText());
            if (root.hasNonNull("fee")) {
                b.fee(reqLong(root, "fee"));
            }
            if (root.hasNonNull("portalUrl")) {
                b.portalUrl(root.get("portalUrl").asText());
            }
            return b.build();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ngày không hợp lệ (cần yyyy-MM-dd): " + e.getParsedString()
                    + " / bad date (yyyy-MM-dd expected): " + e.getParsedString(), e);
        }
    }

    /** Writes facts in the same format (round-trips with {@link #read(InputStream)}). */
    public static String write(CertificationFacts f) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", f.kind().name());
        root.put("number", f.number());
        root.put("book", f.book());
        root.put("registerType", f.registerType());
        root.put("date", f.date().toString());
        root.putObject("certifyingBody").put("name", f.bodyName()).put("agencyCode", f.agencyCode());
        root.putObject("requester").put("name", f.requesterName()).put("id", f.requesterId());
        root.putObject("original").put("title", f.documentTitle()).put("issuer", f.documentIssuer())
                .put("number", f.documentNumber()).put("date", f.documentDate().toString());
        root.put("pages", f.pages());
        root.put("copies", f.copies());
        root.putObject("certifier").put("name", f.certifierName()).put("title", f.certifierTitle());
        f.fee().ifPresent(v -> root.put("fee", v));
        f.portalUrl().ifPresent(v -> root.put("portalUrl", v));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode req(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("thiếu trường \"" + field + "\" / missing field \"" + field + "\"");
        }
        return v;
    }

    private static long reqLong(JsonNode node, String field) {
        JsonNode v = req(node, field);
        if (!v.canConvertToLong()) {
            throw new IllegalArgumentException("trường \"" + field + "\" phải là số / field \"" + field + "\" must be a number");
        }
        return v.asLong();
    }

    private static CertificationKind kind(String value) {
        for (CertificationKind k : CertificationKind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        String allowed = java.util.Arrays.toString(CertificationKind.values());
        throw new IllegalArgumentException("trường \"kind\" không hợp lệ: " + value + " (chọn một trong " + allowed
                + ") / bad \"kind\": " + value + " (one of " + allowed + ")");
    }

    /**
     * Where the JSON breaks, in words a counter clerk can act on ("tiếng Việt / English", line and column), without
     * the parser's own text or any of the input.
     */
    private static String malformed(com.fasterxml.jackson.core.JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
        String whereEn = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        boolean truncated = e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        return truncated
                ? "tệp dữ kiện JSON bị cắt cụt, thiếu dấu đóng } hoặc ]" + where + " / facts JSON ends too early (a closing } or ] is missing)" + whereEn
                : "tệp dữ kiện không phải JSON hợp lệ" + where + " / facts file is not valid JSON" + whereEn;
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(req(node, field).asText());
    }
}
