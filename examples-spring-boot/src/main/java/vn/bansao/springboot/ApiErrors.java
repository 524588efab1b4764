package vn.bansao.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.bansao.core.ScanRejectedException;

/**
 * The SDK's typed exceptions as typed JSON answers, the same shape as the portal example:
 * {@code {"error": {"code", "message_vi", "message_en"}}}. Never a stack trace.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ScanRejectedException.class)
    public ResponseEntity<Map<String, Object>> scanRejected(ScanRejectedException e) {
        String where = e.page() > 0 ? e.input() + " (trang " + e.page() + ")" : e.input();
        return error(HttpStatus.UNPROCESSABLE_ENTITY, "SCAN_REJECTED", where + ": " + e.detailVi(), where + ": " + e.detailEn());
    }

    /** FactsJson names the wrong or missing field in both languages. */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, Object>> invalidInput(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "Dữ liệu không hợp lệ: " + e.getMessage(),
                "Invalid input: " + e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    public ResponseEntity<Map<String, Object>> missingPart(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "Thiếu trường trong biểu mẫu tải lên.",
                "A form field is missing.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Tệp tải lên quá lớn.", "The upload is too large.");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> internal(Exception e) {
        LOG.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "Lỗi hệ thống; vui lòng thử lại sau.",
                "Internal error; please try again later.");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String vi, String en) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message_vi", vi);
        error.put("message_en", en);
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
