package vn.bansao.core.internal.pdfa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.bansao.core.manifest.Manifest;

/** {@code manifest.json}: Jackson over the manifest records, fields in declaration order, stable bytes. */
public final class ManifestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestJson() {
    }

    public static byte[] write(Manifest m) {
        try {
            return MAPPER.writeValueAsString(m).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Manifest read(byte[] json) throws IOException {
        return MAPPER.readValue(json, Manifest.class);
    }
}
