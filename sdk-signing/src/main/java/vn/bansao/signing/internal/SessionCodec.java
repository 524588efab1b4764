package vn.bansao.signing.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;

/**
 * The remote-signing session as JSON: {@code {"v":1,"payload":"<base64 JSON>","mac":"<base64 HMAC-SHA256>"}}.
 * The payload is MAC-ed as bytes (no canonicalisation question); the expiry inside it is read only
 * after the MAC is verified, so it cannot be extended by the client.
 */
public final class SessionCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /** Everything needed to complete a prepared signature, with no other server-side state. */
    public record Payload(int version, String id, String pdf, long[] byteRange, boolean certification,
                          String signedAttributes, List<String> chain, String hash, String padding,
                          String role, String level, long signingTime, long expiresAt, List<String> warnings) {
    }

    private final SecretKeySpec key;

    public SessionCodec(byte[] hmacKey) {
        if (hmacKey == null || hmacKey.length < 32) {
            throw new IllegalArgumentException("the session HMAC key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(hmacKey.clone(), "HmacSHA256");
    }

    public String encode(Payload payload) {
        try {
            byte[] body = JSON.writeValueAsBytes(payload);
            ObjectNode root = JSON.createObjectNode();
            root.put("v", 1);
            root.put("payload", B64.encodeToString(body));
            root.put("mac", B64.encodeToString(mac(body)));
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode the session", e);
        }
    }

    /** Verifies the MAC and decodes; {@code SESSION_TAMPERED} on any inconsistency. */
    public Payload decode(String session) {
        try {
            JsonNode root = JSON.readTree(session);
            byte[] body = B64D.decode(root.get("payload").asText());
            byte[] mac = B64D.decode(root.get("mac").asText());
            if (!MessageDigest.isEqual(mac, mac(body))) {
                throw tampered(null);
            }
            return JSON.readValue(body, Payload.class);
        } catch (SigningException e) {
            throw e;
        } catch (Exception e) {
            throw tampered(e);
        }
    }

    private static SigningException tampered(Exception e) {
        return new SigningException(Cause.SESSION_TAMPERED, LocalizedText.of(SigningText.SESSION_MALFORMED), e);
    }

    private byte[] mac(byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac.doFinal(body);
    }

    public static String b64(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    public static byte[] unb64(String text) {
        return B64D.decode(text.getBytes(StandardCharsets.US_ASCII));
    }
}
