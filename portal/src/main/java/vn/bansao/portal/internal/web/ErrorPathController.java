package vn.bansao.portal.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} (a failure outside the controllers, e.g. in a filter)
 * gets the portal's error JSON too, instead of Spring Boot's default page: the status is kept, the body is
 * {@link ApiErrors}'. Never a stack trace.
 *
 * <pre>{@code
 * GET /error   →   404 {"error": {"code": "NOT_FOUND", ...}}
 * }</pre>
 */
@RestController
public class ErrorPathController implements ErrorController {

    @RequestMapping("/error")
    public void error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int code = status instanceof Integer i ? i : 404;
        String path = uri instanceof String s ? s : request.getRequestURI();
        throw switch (code) {
            case 404 -> ApiException.notFoundPath(path);
            case 400 -> ApiException.badRequest("Yêu cầu không hợp lệ.", "Bad request.");
            case 405 -> ApiException.methodNotAllowed("GET, POST");
            case 413 -> new ApiException(413, "PAYLOAD_TOO_LARGE", "Tệp tải lên quá lớn.", "The upload is too large.");
            default -> code >= 500 ? ApiException.internal("container")
                    : new ApiException(code, "HTTP_" + code, "Yêu cầu không được xử lý (HTTP " + code + ").",
                    "The request was not processed (HTTP " + code + ").");
        };
    }
}
