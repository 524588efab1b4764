package vn.bansao.portal.internal.endpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Vietnamese verification page ({@code /xac-minh}) and its script and style, read once at start-up from the
 * classpath (the page has no build step); {@code /} redirects to it.
 *
 * <pre>{@code
 * curl http://127.0.0.1:8080/xac-minh
 * }</pre>
 */
@RestController
public class PageController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html; charset=utf-8");
    private static final MediaType JS = MediaType.parseMediaType("text/javascript; charset=utf-8");
    private static final MediaType CSS = MediaType.parseMediaType("text/css; charset=utf-8");

    private final byte[] page = resource("xac-minh.html");
    private final byte[] script = resource("app.js");
    private final byte[] style = resource("style.css");

    @GetMapping("/")
    public ResponseEntity<Void> root() {
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/xac-minh").build();
    }

    @GetMapping({"/xac-minh", "/xac-minh/"})
    public ResponseEntity<byte[]> page() {
        return file(HTML, page);
    }

    @GetMapping("/static/app.js")
    public ResponseEntity<byte[]> script() {
        return file(JS, script);
    }

    @GetMapping("/static/style.css")
    public ResponseEntity<byte[]> style() {
        return file(CSS, style);
    }

    private static ResponseEntity<byte[]> file(MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type).header("Cache-Control", "no-cache").body(content);
    }

    private static byte[] resource(String name) {
        String path = "vn/bansao/portal/web/" + name;
        try (InputStream in = PageController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
