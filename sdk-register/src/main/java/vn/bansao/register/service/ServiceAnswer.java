package vn.bansao.register.service;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the {@link RegisterService}, ready for any HTTP host: status, media type, body bytes and the
 * caching headers (issue 15 design, section 2). A refusal (status 400, 404 or 503) also carries its
 * {@link ServiceError}; its body is the same error as JSON.
 *
 * <pre>{@code
 * ServiceAnswer a = service.checkpoint();
 * response.setStatus(a.status());
 * response.setContentType(a.contentType());
 * response.setHeader("Cache-Control", a.cacheControl());
 * a.etag().ifPresent(tag -> response.setHeader("ETag", tag));
 * response.getOutputStream().write(a.body());
 * }</pre>
 *
 * @param status       HTTP status
 * @param contentType  media type with its charset ({@code text/plain; charset=utf-8} or {@code application/json; charset=utf-8})
 * @param body         the body (copied)
 * @param cacheControl the {@code Cache-Control} value
 * @param etag         a strong entity tag (quoted), for the checkpoint
 * @param error        why the request was refused, when it was
 */
public record ServiceAnswer(int status, String contentType, byte[] body, String cacheControl, Optional<String> etag,
                            Optional<ServiceError> error) {

    /** Text answers: the checkpoint note and the verifier key. */
    public static final String TEXT = "text/plain; charset=utf-8";
    /** JSON answers: entries, consistency and errors. */
    public static final String JSON = "application/json; charset=utf-8";
    /** What a client may keep for good: an answer about a fixed tree size never changes. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** What a client must revalidate: the latest checkpoint, entries at the latest size. */
    public static final String NO_CACHE = "no-cache";
    /** Refusals are not kept. */
    public static final String NO_STORE = "no-store";

    public ServiceAnswer {
        Objects.requireNonNull(contentType, "contentType");
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(cacheControl, "cacheControl");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(error, "error");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether this is a 2xx answer. */
    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
