package vn.bansao.portal.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.bansao.portal.PortalProperties;

/**
 * The one place where failures become answers, all in the portal's shape
 * {@code {"error": {"code", "message_vi", "message_en"}}} with a stable code: an {@link ApiException} as it says;
 * the framework's client errors as what they are (404 unknown path, 405 wrong method, 415 wrong media type, 400
 * bad JSON or multipart, 413 too large); anything else a 500 with an incident id that is logged beside the stack
 * trace, so the client never sees internals. Logs never carry query strings (a QR payload names a citizen's
 * document) nor bodies.
 *
 * <pre>{@code
 * throw ApiException.badRequest("Thiếu trường \"file\".", "Missing the \"file\" field.");   // → 400, typed JSON
 * }</pre>
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final long maxUploadBytes;

    public ApiErrors(PortalProperties properties) {
        this.maxUploadBytes = properties.getMaxUploadBytes();
    }

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<byte[]> api(ApiException e) {
        return render(e);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    public ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return render(ApiException.notFoundPath(request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<byte[]> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        String names = allowed == null ? "" : String.join(", ", allowed.stream().map(HttpMethod::name)
                .filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS")).sorted().toList());
        ResponseEntity<byte[]> answer = render(ApiException.methodNotAllowed(names));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header("Allow", names)
                .body(answer.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<byte[]> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String expected = String.join(" hoặc/or ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        return render(ApiException.unsupportedMediaType(expected.isEmpty() ? "multipart/form-data" : expected));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<byte[]> notAcceptable() {
        return render(new ApiException(406, "NOT_ACCEPTABLE", "Không trả lời được theo định dạng yêu cầu (Accept).",
                "Cannot answer in the requested format (Accept)."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<byte[]> tooLarge() {
        return render(ApiException.payloadTooLarge(maxUploadBytes));
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<byte[]> badMultipart(MultipartException e) {
        if (causedByTooLarge(e)) {
            return tooLarge();
        }
        return render(new ApiException(400, "BAD_MULTIPART", "Biểu mẫu tải lên (multipart/form-data) bị lỗi định dạng.",
                "The upload form (multipart/form-data) is malformed."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<byte[]> badBody() {
        return render(ApiException.badRequest("Nội dung không phải JSON hợp lệ.", "The body is not valid JSON."));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    public ResponseEntity<byte[]> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return render(ApiException.badRequest("Tham số \"" + name + "\" thiếu hoặc không hợp lệ.",
                "The \"" + name + "\" parameter is missing or malformed."));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<byte[]> internal(Exception e, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        return render(ApiException.internal(incident));
    }

    private static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof MaxUploadSizeExceededException || name.contains("SizeLimitExceeded")
                    || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** The portal's error body; a refused upload may be unread, so the connection is not reused. */
    public static ResponseEntity<byte[]> render(ApiException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message_vi", e.messageVi());
        error.put("message_en", e.messageEn());
        return PortalJson.answer(e.status(), Map.of("error", error), e.status() >= 400 ? Map.of("Connection", "close") : Map.of());
    }
}
