package vn.bansao.portal.internal.http;

/**
 * One route's work: a request in, a response out; throws {@link ApiException} for what the client should know.
 *
 * <pre>{@code
 * router.get("/api/health", request -> Response.json(Map.of("status", "ok")));
 * }</pre>
 */
@FunctionalInterface
public interface Endpoint {

    Response handle(Request request) throws Exception;
}
