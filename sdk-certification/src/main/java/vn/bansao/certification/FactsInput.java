package vn.bansao.certification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.FactsJson;

/**
 * Reads the {@code --facts} JSON for a certification whose signers are known: the certifying body's name and the
 * certifier's name and title may be left out, and are then taken from the certificates ({@link SignerStatement});
 * what the file states is kept, for the workflow to check against the same certificates. Other fields, and the
 * errors for JSON that is malformed or misses a field, follow {@link FactsJson}.
 *
 * <pre>{@code
 * CertificationFacts facts = FactsInput.read(Path.of("facts.json"), desk.signers());
 * CertificationFacts posted = FactsInput.read(requestBody, desk.signers());        // JSON text
 * }</pre>
 */
public final class FactsInput {

    /** As {@link FactsJson}: a facts file is a few hundred bytes. */
    private static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsInput() {
    }

    /** The facts in {@code file}, completed from {@code signers}. */
    public static CertificationFacts read(Path file, SignerStatement signers) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException("tệp dữ kiện quá lớn / facts file too large: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in.readNBytes(MAX_BYTES + 1), signers);
        }
    }

    /** The facts in the JSON text {@code json} (an object), completed from {@code signers}. */
    public static CertificationFacts read(String json, SignerStatement signers) {
        return read(json.getBytes(StandardCharsets.UTF_8), signers);
    }

    /** The facts of an inline JSON object (a batch line's {@code "facts"}), completed from {@code signers}. */
    static CertificationFacts read(JsonNode facts, SignerStatement signers) {
        if (!(facts instanceof ObjectNode object)) {
            throw new IllegalArgumentException("dữ kiện phải là một đối tượng JSON {…} / facts JSON must be an object {…}");
        }
        try {
            return FactsJson.read(JSON.writeValueAsString(signers.fillMissing(object)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // never: a tree Jackson built serialises
        }
    }

    private static CertificationFacts read(byte[] json, SignerStatement signers) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException malformed) {
            // FactsJson says where the JSON breaks in words a clerk can act on (never the parser's own text)
            FactsJson.read(new String(json, StandardCharsets.UTF_8));
            throw new IllegalArgumentException("tệp dữ kiện không phải JSON hợp lệ / facts file is not valid JSON");
        }
        return read(tree, signers);
    }
}
