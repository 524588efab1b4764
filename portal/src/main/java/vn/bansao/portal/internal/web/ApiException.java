package vn.bansao.portal.internal.web;

/**
 * A failure the client is told about: HTTP status, a stable machine-readable code, and the same message in
 * Vietnamese and English. Rendered as {@code {"error": {"code", "message_vi", "message_en"}}} by {@link ApiErrors};
 * never carries a stack trace or internal detail to the client.
 *
 * <pre>{@code
 * throw ApiException.notFound("Không có số chứng thực 12.", "No certification number 12.");
 * }</pre>
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String messageVi;
    private final String messageEn;

    public ApiException(int status, String code, String messageVi, String messageEn) {
        this(status, code, messageVi, messageEn, null);
    }

    public ApiException(int status, String code, String messageVi, String messageEn, Throwable cause) {
        super(code + ": " + messageEn, cause);
        this.status = status;
        this.code = code;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    // The common cases, so endpoints read as one line each.

    public static ApiException badRequest(String messageVi, String messageEn) {
        return new ApiException(400, "BAD_REQUEST", messageVi, messageEn);
    }

    public static ApiException notFound(String messageVi, String messageEn) {
        return new ApiException(404, "NOT_FOUND", messageVi, messageEn);
    }

    public static ApiException payloadTooLarge(long limitBytes) {
        long mib = limitBytes / (1024 * 1024);
        String limit = mib > 0 ? mib + " MiB" : limitBytes + " bytes";
        return new ApiException(413, "PAYLOAD_TOO_LARGE",
                "Tệp tải lên quá lớn (tối đa " + limit + ").",
                "The upload is too large (at most " + limit + ").");
    }

    public static ApiException unsupportedMediaType(String expected) {
        return new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                "Định dạng yêu cầu không được hỗ trợ; cần " + expected + ".",
                "Unsupported request format; expected " + expected + ".");
    }

    public static ApiException methodNotAllowed(String allowed) {
        return new ApiException(405, "METHOD_NOT_ALLOWED",
                "Phương thức không được phép; dùng " + allowed + ".",
                "Method not allowed; use " + allowed + ".");
    }

    public static ApiException unavailable(String messageVi, String messageEn) {
        return new ApiException(503, "UNAVAILABLE", messageVi, messageEn);
    }

    public static ApiException notFoundPath(String path) {
        return notFound("Không tìm thấy địa chỉ " + path + ".", "No such path: " + path + ".");
    }

    public static ApiException internal(String incident) {
        return new ApiException(500, "INTERNAL",
                "Lỗi hệ thống; vui lòng thử lại sau (mã sự cố " + incident + ").",
                "Internal error; please try again later (incident " + incident + ").");
    }
}
