package vn.bansao.register.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The service's own last check before a leaf leaves the register: its canonical JSON holds none of the private
 * fields of the issue 15 design in clear (requester, original document, notes). The register already withholds such
 * rows; this check means a mistake there (or a row written by an older version) still never publishes a citizen's
 * name or ID: such a leaf is served as withheld.
 *
 * <pre>{@code
 * if (!PublicLeaf.isPublic(proof.leafBytes())) { serveWithheld(); }
 * }</pre>
 */
public final class PublicLeaf {

    /** The private fields of the design (section 1): in a servable leaf each is absent or empty. */
    public static final List<String> PRIVATE_FIELDS = List.of("requesterName", "requesterId", "documentTitle",
            "documentNumber", "documentIssuer", "documentDate", "notes");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicLeaf() {
    }

    /** Whether {@code leafBytes} is a JSON object whose private fields are all absent or empty strings. */
    public static boolean isPublic(byte[] leafBytes) {
        JsonNode leaf;
        try {
            leaf = JSON.readTree(leafBytes);
        } catch (IOException e) {
            return false; // not the register's JSON: nothing to vouch for, nothing served
        }
        if (leaf == null || !leaf.isObject()) {
            return false;
        }
        for (String field : PRIVATE_FIELDS) {
            JsonNode value = leaf.get(field);
            if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
                return false;
            }
        }
        return true;
    }
}
