package vn.bansao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterEntry;

/**
 * The entry file of {@code bansao register add} (see {@code examples/samples/entry.json}): one flat
 * JSON object whose keys are {@link EntryDraft}'s fields; keys starting with {@code $} are comments.
 * Unknown keys are refused, so a typo never silently drops a column.
 */
final class RegisterEntryJson {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 1 << 20;
    private static final Set<String> KEYS = Set.of("agencyCode", "registerType", "book", "date", "requesterName",
            "requesterId", "documentTitle", "documentIssuer", "documentNumber", "documentDate", "pages", "copies",
            "certifierName", "certifierTitle", "fee", "copyKind", "unsignedPackageSha256", "signedCopySha256", "notes");

    private RegisterEntryJson() {
    }

    static EntryDraft read(Path file) throws IOException {
        return read(file, EntryDraft.builder());
    }

    /** The fields in {@code file} over {@code base} (a correction states only what changes). */
    static EntryDraft readOnto(Path file, EntryDraft base) throws IOException {
        return read(file, base.toBuilder());
    }

    private static EntryDraft read(Path file, EntryDraft.Builder b) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException("Tệp mục sổ quá lớn / entry file too large: " + file);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String[] where = UserErrors.jsonWhere(e);
            throw new IllegalArgumentException("Tệp mục sổ " + file + " không phải JSON hợp lệ" + where[0] + " / " + file
                    + " is not valid JSON" + where[1], e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Tệp mục sổ phải là một đối tượng JSON / " + file + " must hold one JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            if (key.startsWith("$")) {
                continue;
            }
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Trường không hợp lệ \"" + key + "\" trong " + file + " / unknown field \""
                        + key + "\" in " + file + "; known: " + new java.util.TreeSet<>(KEYS));
            }
            try {
                switch (key) {
                    case "agencyCode" -> b.agencyCode(text(v));
                    case "registerType" -> b.registerType(text(v));
                    case "book" -> b.book(integer(key, v));
                    case "date" -> b.date(LocalDate.parse(text(v)));
                    case "requesterName" -> b.requesterName(text(v));
                    case "requesterId" -> b.requesterId(text(v));
                    case "documentTitle" -> b.documentTitle(text(v));
                    case "documentIssuer" -> b.documentIssuer(text(v));
                    case "documentNumber" -> b.documentNumber(text(v));
                    case "documentDate" -> b.documentDate(EntryDraft.documentDateOf(text(v)));
                    case "pages" -> b.pages(integer(key, v));
                    case "copies" -> b.copies(integer(key, v));
                    case "certifierName" -> b.certifierName(text(v));
                    case "certifierTitle" -> b.certifierTitle(text(v));
                    case "fee" -> b.fee(v.isNull() ? null : (long) integer(key, v));
                    case "copyKind" -> b.kind(CertificationKind.valueOf(text(v).toUpperCase(Locale.ROOT)));
                    case "unsignedPackageSha256" -> b.unsignedPackageSha256(text(v));
                    case "signedCopySha256" -> b.signedCopySha256(text(v));
                    case "notes" -> b.notes(text(v));
                    default -> throw new IllegalStateException(key);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Ngày không hợp lệ (YYYY-MM-DD) ở trường \"" + key + "\" / invalid date in \""
                        + key + "\" of " + file + ": " + v.asText(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Trường \"" + key + "\" trong " + file + ": " + e.getMessage(), e);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("phải là chuỗi / must be a string");
        }
        return v.asText();
    }

    private static int integer(String key, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("phải là số nguyên / must be an integer");
        }
        return v.asInt();
    }

    /** The JSON the CLI prints for an entry: at least number, year, status. */
    static ObjectNode toJson(RegisterEntry e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("number", e.number().sequence());
        o.put("book", e.number().book());
        o.put("year", e.number().year());
        o.put("registerType", e.number().registerType());
        o.put("agencyCode", e.number().agencyCode());
        o.put("formatted", e.number().format());
        o.put("status", e.status().name());
        o.put("date", e.date().toString());
        o.put("requesterName", e.details().requesterName());
        o.put("requesterId", e.details().requesterId());
        o.put("documentTitle", e.details().documentTitle());
        o.put("pages", e.details().pages());
        o.put("copies", e.details().copies());
        o.put("fee", e.details().fee().orElse(0));
        o.put("copyKind", e.details().kind().name());
        o.put("signedCopySha256", e.signedCopySha256());
        o.put("voidReason", e.voidReason());
        o.put("leafIndex", e.leafIndex());
        o.put("leafHash", e.leafHash());
        ArrayNode records = o.putArray("records");
        e.records().forEach(r -> records.addObject().put("leafIndex", r.leafIndex()).put("kind", r.kind().name())
                .put("recordedAt", r.recordedAt()));
        return o;
    }
}
