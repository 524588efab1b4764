package vn.bansao.portal.internal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Request bodies, never read beyond their limit: a declared {@code Content-Length} above it is refused (413)
 * before anything is read, and a body that grows past it while being read (chunked) is refused too, so a hostile
 * client cannot make the portal hold more than the limit per request. Multipart forms are parsed by the servlet
 * container (lazily, after this check), with {@code spring.servlet.multipart.*} bounding the same limit.
 *
 * <pre>{@code
 * byte[] pdf = Uploads.body(request, limit);
 * List<Uploads.FormPart> scans = Uploads.form(request, limit).all("scan");
 * }</pre>
 */
public final class Uploads {

    private Uploads() {
    }

    /** One form field or file, in the order the client sent them. */
    public record FormPart(String name, Optional<String> filename, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A parsed {@code multipart/form-data} body. */
    public record Form(List<FormPart> parts) {

        public Form {
            parts = List.copyOf(parts);
        }

        /** All parts with that field name, in order (e.g. several {@code scan} files). */
        public List<FormPart> all(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).toList();
        }

        public Optional<FormPart> first(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    /** Media type without parameters, lower case; empty string when absent. */
    public static String mediaType(HttpServletRequest request) {
        String value = Optional.ofNullable(request.getContentType()).orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(0, semicolon) : value).trim().toLowerCase(Locale.ROOT);
    }

    /** Refuses (413) a declared length above the limit, before the body is read. */
    public static void checkDeclaredLength(HttpServletRequest request, long limit) {
        if (request.getContentLengthLong() > limit) {
            throw ApiException.payloadTooLarge(limit);
        }
    }

    /** The whole body, at most {@code limit} bytes. */
    public static byte[] body(HttpServletRequest request, long limit) throws IOException {
        checkDeclaredLength(request, limit);
        long declared = request.getContentLengthLong();
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared >= 0 ? (int) declared : 8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw ApiException.payloadTooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** The form's parts (415 when the body is not {@code multipart/form-data}; 400 when it is malformed). */
    public static Form form(HttpServletRequest request, long limit) throws IOException {
        if (!"multipart/form-data".equals(mediaType(request))) {
            throw ApiException.unsupportedMediaType("multipart/form-data");
        }
        checkDeclaredLength(request, limit);
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw new MultipartException("not a multipart request");
        }
        // parses now (lazily resolved): too large → MaxUploadSizeExceededException, malformed → MultipartException
        multipart.getMultiFileMap();
        List<FormPart> parts = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                try (InputStream in = part.getInputStream()) {
                    parts.add(new FormPart(part.getName(), Optional.ofNullable(part.getSubmittedFileName()),
                            in.readAllBytes()));
                }
            }
        } catch (ServletException e) {
            throw new MultipartException("malformed multipart body", e);
        }
        return new Form(parts);
    }
}
