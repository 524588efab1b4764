package vn.bansao.portal.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The portal's JSON dialect, the same for every answer and every error: snake_case names, ISO-8601 dates, nulls
 * written, {@code application/json; charset=utf-8}. Kept apart from the application's own {@code ObjectMapper}
 * (and Actuator's), so embedding the portal's controllers changes nobody else's JSON.
 *
 * <pre>{@code
 * return PortalJson.answer(201, Map.of("entry", view));
 * }</pre>
 */
public final class PortalJson {

    public static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json; charset=utf-8");

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private PortalJson() {
    }

    public static ResponseEntity<byte[]> answer(int status, Object value) {
        return answer(status, value, Map.of());
    }

    public static ResponseEntity<byte[]> answer(Object value) {
        return answer(200, value);
    }

    public static ResponseEntity<byte[]> answer(int status, Object value, Map<String, String> headers) {
        try {
            HttpHeaders h = new HttpHeaders();
            headers.forEach(h::set);
            return ResponseEntity.status(status).headers(h).contentType(JSON_UTF8).body(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
        }
    }
}
