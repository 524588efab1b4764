package vn.bansao.portal.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A file of the web page served from the classpath, read once at start-up (the page has no build step).
 *
 * <pre>{@code
 * router.get("/static/app\\.js", StaticResource.of("vn/bansao/portal/web/app.js", "text/javascript; charset=utf-8"));
 * }</pre>
 */
public final class StaticResource implements Endpoint {

    private final String contentType;
    private final byte[] content;

    private StaticResource(String contentType, byte[] content) {
        this.contentType = contentType;
        this.content = content;
    }

    public static StaticResource of(String classpathName, String contentType) {
        try (InputStream in = StaticResource.class.getClassLoader().getResourceAsStream(classpathName)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + classpathName);
            }
            return new StaticResource(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Response handle(Request request) {
        return Response.bytes(contentType, content, Map.of("Cache-Control", "no-cache"));
    }
}
