package vn.bansao.portal.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps method + path to an {@link Endpoint} and is the one place where failures become responses: an
 * {@link ApiException} becomes its typed JSON error, anything else a 500 with an incident id that is logged
 * beside the stack trace, so the client never sees internals. Logs carry method, path, status and time only:
 * never query strings (a QR payload names a citizen's document) nor bodies.
 *
 * <pre>{@code
 * Router router = new Router().post("/api/verify", 32 << 20, verifyEndpoint);
 * httpServer.createContext("/", router);
 * }</pre>
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private record Route(String method, Pattern path, Endpoint endpoint, long maxBodyBytes) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; {@code pathRegex} must match the whole path, its groups become path parameters. */
    public Router route(String method, String pathRegex, long maxBodyBytes, Endpoint endpoint) {
        routes.add(new Route(method, Pattern.compile(pathRegex), endpoint, maxBodyBytes));
        return this;
    }

    public Router get(String pathRegex, Endpoint endpoint) {
        return route("GET", pathRegex, 0, endpoint);
    }

    public Router post(String pathRegex, long maxBodyBytes, Endpoint endpoint) {
        return route("POST", pathRegex, maxBodyBytes, endpoint);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        Response response;
        try {
            response = dispatch(exchange, path);
        } catch (ApiException e) {
            response = Response.error(e);
        } catch (Exception | LinkageError e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("incident {} on {} {}", incident, exchange.getRequestMethod(), path, e);
            response = Response.error(ApiException.internal(incident));
        }
        try {
            send(exchange, response);
        } finally {
            exchange.close();
            LOG.debug("{} {} -> {} in {} ms", exchange.getRequestMethod(), path, response.status(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Response dispatch(HttpExchange exchange, String path) throws Exception {
        String method = exchange.getRequestMethod();
        if (method.equals("HEAD")) {
            method = "GET";
        }
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= matcher.groupCount(); i++) {
                params.add(matcher.group(i));
            }
            return route.endpoint().handle(new Request(exchange, params, route.maxBodyBytes()));
        }
        if (!allowed.isEmpty()) {
            throw ApiException.methodNotAllowed(String.join(", ", allowed));
        }
        throw ApiException.notFound("Không tìm thấy địa chỉ " + path + ".", "No such path: " + path + ".");
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        // the page and its script come from this service only; thumbnails are data: URIs
        headers.set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        if (response.status() >= 400) {
            // a refused upload may be unread: do not reuse the connection
            headers.set("Connection", "close");
        }
        response.headers().forEach(headers::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
