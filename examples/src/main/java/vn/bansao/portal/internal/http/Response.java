package vn.bansao.portal.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an endpoint answers: status, media type, bytes and a few extra headers.
 *
 * <pre>{@code
 * return Response.json(Map.of("entry", view));
 * }</pre>
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** The portal's JSON dialect: snake_case names, ISO-8601 dates, no nulls left out silently. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    public Response {
        headers = Map.copyOf(headers);
    }

    public static Response json(int status, Object value) {
        try {
            return new Response(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    public static Response json(Object value) {
        return json(200, value);
    }

    public static Response bytes(String contentType, byte[] body, Map<String, String> headers) {
        return new Response(200, contentType, body, headers);
    }

    public static Response redirect(String location) {
        return new Response(302, "text/plain; charset=utf-8", location.getBytes(StandardCharsets.UTF_8),
                Map.of("Location", location));
    }

    static Response error(ApiException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message_vi", e.messageVi());
        error.put("message_en", e.messageEn());
        return json(e.status(), Map.of("error", error));
    }
}
