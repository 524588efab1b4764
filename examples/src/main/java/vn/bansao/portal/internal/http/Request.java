package vn.bansao.portal.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the endpoints see it: method, path parameters, decoded query, and a body that can be
 * read once, never beyond the configured limit.
 *
 * <pre>{@code
 * MultipartForm form = request.multipart(10);
 * int year = Integer.parseInt(request.pathParam(0));
 * }</pre>
 */
public final class Request {

    private final HttpExchange exchange;
    private final List<String> pathParams;
    private final Map<String, String> query;
    private final long maxBodyBytes;

    Request(HttpExchange exchange, List<String> pathParams, long maxBodyBytes) {
        this.exchange = exchange;
        this.pathParams = List.copyOf(pathParams);
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.maxBodyBytes = maxBodyBytes;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The n-th capture group of the route's pattern (0-based). */
    public String pathParam(int index) {
        return pathParams.get(index);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** Media type without parameters, lower case; empty string when absent. */
    public String mediaType() {
        String value = header("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(0, semicolon) : value).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Reads the whole body, refusing (413) a declared or actual length above the limit before buffering it:
     * a hostile client cannot make the service hold more than the limit per request.
     */
    public byte[] body() throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Độ dài nội dung không hợp lệ.", "Invalid Content-Length.");
            }
            if (length > maxBodyBytes) {
                throw ApiException.payloadTooLarge(maxBodyBytes);
            }
        }
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream(length >= 0 ? (int) length : 8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBodyBytes) {
                throw ApiException.payloadTooLarge(maxBodyBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Parses a {@code multipart/form-data} body (415 for any other type). */
    public MultipartForm multipart(int maxParts) throws IOException {
        if (!"multipart/form-data".equals(mediaType())) {
            throw ApiException.unsupportedMediaType("multipart/form-data");
        }
        String boundary = MultipartForm.boundaryOf(header("Content-Type").orElse(""));
        return MultipartForm.parse(body(), boundary, maxParts);
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq >= 0 ? pair.substring(0, eq) : pair;
            String value = eq >= 0 ? pair.substring(eq + 1) : "";
            try {
                result.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Tham số truy vấn không hợp lệ.", "Malformed query parameter.");
            }
        }
        return result;
    }
}
