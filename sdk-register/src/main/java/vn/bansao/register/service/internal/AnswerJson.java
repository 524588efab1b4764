package vn.bansao.register.service.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The JSON bodies of the register service, written field by field in the order of the issue 15 design:
 * {@code entries} ({@code origin, treeSize, rows[leafIndex, leaf, path | withheld]}), {@code consistency}
 * ({@code from, to, path}) and errors ({@code error{code, message_vi, message_en}}, the portal's shape).
 *
 * <pre>{@code
 * byte[] body = AnswerJson.consistency(3, 12, proof.path());
 * }</pre>
 */
public final class AnswerJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    /** One served row: its leaf bytes and audit path, or empty when withheld. */
    public record Row(long leafIndex, Optional<byte[]> leaf, List<byte[]> path) {
    }

    private AnswerJson() {
    }

    /** {@code {"origin":..,"treeSize":..,"rows":[..]}}. */
    public static byte[] entries(String origin, long treeSize, List<Row> rows) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("origin", origin);
            g.writeNumberField("treeSize", treeSize);
            g.writeArrayFieldStart("rows");
            for (Row row : rows) {
                g.writeStartObject();
                g.writeNumberField("leafIndex", row.leafIndex());
                if (row.leaf().isPresent()) {
                    g.writeStringField("leaf", B64.encodeToString(row.leaf().get()));
                    hashes(g, row.path());
                } else {
                    g.writeBooleanField("withheld", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"from":m,"to":n,"path":[..]}}. */
    public static byte[] consistency(long from, long to, List<byte[]> path) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("from", from);
            g.writeNumberField("to", to);
            hashes(g, path);
            g.writeEndObject();
        });
    }

    /** {@code {"error":{"code":..,"message_vi":..,"message_en":..}}}. */
    public static byte[] error(String code, String messageVi, String messageEn) {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("code", code);
            g.writeStringField("message_vi", messageVi);
            g.writeStringField("message_en", messageEn);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void hashes(JsonGenerator g, List<byte[]> path) throws IOException {
        g.writeArrayFieldStart("path");
        for (byte[] h : path) {
            g.writeString(B64.encodeToString(h));
        }
        g.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }
}
