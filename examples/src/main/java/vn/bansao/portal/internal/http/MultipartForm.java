package vn.bansao.portal.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code multipart/form-data} body (RFC 7578): the parts in order. The body has already been bounded
 * by {@link Request#body()}; the parser bounds the number of parts and the size of each part's headers.
 *
 * <pre>{@code
 * MultipartForm form = request.multipart(20);
 * List<MultipartForm.Part> scans = form.all("scan");
 * }</pre>
 */
public final class MultipartForm {

    /** One form field or file. */
    public record Part(String name, Optional<String> filename, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** All parts with that field name, in order (e.g. several {@code scan} files). */
    public List<Part> all(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).toList();
    }

    public Optional<Part> first(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    static String boundaryOf(String contentType) {
        for (String param : contentType.split(";")) {
            String trimmed = param.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty() && value.length() <= 70) {
                    return value;
                }
            }
        }
        throw malformed("no boundary");
    }

    static MultipartForm parse(byte[] body, String boundary, int maxParts) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw malformed("no first boundary");
        }
        List<Part> parts = new ArrayList<>();
        position += delimiter.length;
        while (true) {
            // after a delimiter: "--" ends the body, CRLF starts a part
            if (startsWith(body, position, "--")) {
                return new MultipartForm(parts);
            }
            if (!startsWith(body, position, "\r\n")) {
                throw malformed("boundary not followed by CRLF");
            }
            position += 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), position);
            if (headersEnd < 0 || headersEnd - position > MAX_HEADER_BYTES) {
                throw malformed("part headers missing or too long");
            }
            String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw malformed("unterminated part");
            }
            if (parts.size() >= maxParts) {
                throw ApiException.badRequest("Quá nhiều phần trong biểu mẫu (tối đa " + maxParts + ").",
                        "Too many form parts (at most " + maxParts + ").");
            }
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
            parts.add(part(headers, content));
            position = contentEnd + next.length;
        }
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String contentType = "text/plain";
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                filename = parameter(value, "filename");
            } else if (header.equals("content-type")) {
                contentType = value.toLowerCase(Locale.ROOT);
            }
        }
        if (name == null) {
            throw malformed("part without a name");
        }
        return new Part(name, Optional.ofNullable(filename), contentType, content);
    }

    private static String parameter(String disposition, String wanted) {
        for (String param : disposition.split(";")) {
            String trimmed = param.trim();
            int eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.substring(0, eq).trim().equalsIgnoreCase(wanted)) {
                String value = trimmed.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int at, String ascii) {
        if (at + ascii.length() > body.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (body[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static ApiException malformed(String why) {
        return ApiException.badRequest("Biểu mẫu tải lên không đúng định dạng multipart (" + why + ").",
                "Malformed multipart form (" + why + ").");
    }
}
