package vn.bansao.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.FactsJson;

/**
 * Reads the {@code --facts} JSON for a certification whose signers are known: the certifying body's name and the
 * certifier's name and title may be left out, and are then taken from the certificates
 * ({@link SignerStatement#fillMissing(ObjectNode)}); what the file states is kept, for the workflow to check
 * against the same certificates. Other fields follow {@link FactsJson}.
 *
 * <pre>{@code
 * CertificationFacts facts = FactsInput.read(Path.of("facts.json"), desk.signers());
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
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = JSON.readTree(in.readNBytes(MAX_BYTES + 1));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(FactsJson.malformed(e), e);
        }
        return read(tree, signers);
    }

    /** The facts in {@code facts} (a JSON object), completed from {@code signers}. */
    public static CertificationFacts read(JsonNode facts, SignerStatement signers) throws IOException {
        if (!(facts instanceof ObjectNode object)) {
            throw new IllegalArgumentException("dữ kiện phải là một đối tượng JSON {…} / facts JSON must be an object {…}");
        }
        return FactsJson.read(signers.fillMissing(object));
    }
}
