package vn.bansao.verify.internal.register;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

/**
 * Strict reading of the JSON a register service or a directory file gives: one object, duplicate keys refused,
 * nothing after it, bounded nesting and string lengths, and typed field access that refuses what is not exactly
 * the expected type (a number written as a string, a fraction, an unknown key).
 *
 * <pre>{@code
 * JsonNode root = StrictJson.parse(bytes);
 * long size = StrictJson.nonNegativeLong(root, "treeSize");
 * }</pre>
 */
final class StrictJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 20)
                    .maxNumberLength(20).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StrictJson() {
    }

    /** The one JSON object in {@code bytes}. */
    static JsonNode parse(byte[] bytes) {
        try (JsonParser p = MAPPER.createParser(bytes)) {
            JsonNode n = MAPPER.readTree(p);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return n;
        } catch (IOException e) {
            // the reason and where, without Jackson's exception as cause: callers name the file or URL themselves
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    + (j.getLocation() == null ? "" : " (line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + ")") : e.getMessage();
            throw new IllegalArgumentException("malformed JSON: " + why);
        }
    }

    /** Refuses keys other than {@code allowed}. */
    static void onlyKeys(JsonNode obj, Set<String> allowed, String what) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(what + ": unknown field \"" + k + "\"");
            }
        }
    }

    static JsonNode object(JsonNode obj, String key) {
        JsonNode n = obj.get(key);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an object");
        }
        return n;
    }

    static JsonNode array(JsonNode obj, String key, int max) {
        JsonNode n = obj.get(key);
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array");
        }
        if (n.size() > max) {
            throw new IllegalArgumentException("\"" + key + "\" has more than " + max + " elements");
        }
        return n;
    }

    static String text(JsonNode obj, String key, int maxLength) {
        JsonNode n = obj.get(key);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        if (n.textValue().length() > maxLength) {
            throw new IllegalArgumentException("\"" + key + "\" is longer than " + maxLength + " characters");
        }
        return n.textValue();
    }

    static long nonNegativeLong(JsonNode obj, String key) {
        JsonNode n = obj.get(key);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
            throw new IllegalArgumentException("\"" + key + "\" must be a non-negative integer");
        }
        return n.longValue();
    }

    /** Standard base64 (padded, no line breaks) of exactly {@code length} bytes, or any length when negative. */
    static byte[] base64(JsonNode n, int length, String what) {
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException(what + " must be a base64 string");
        }
        String s = n.textValue();
        if (!s.matches("[A-Za-z0-9+/]*={0,2}") || s.length() % 4 != 0) {
            throw new IllegalArgumentException(what + " is not canonical base64");
        }
        byte[] b = Base64.getDecoder().decode(s);
        if (length >= 0 && b.length != length) {
            throw new IllegalArgumentException(what + " is " + b.length + " bytes, not " + length);
        }
        return b;
    }
}
