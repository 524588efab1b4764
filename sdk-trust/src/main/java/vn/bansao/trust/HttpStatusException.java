package vn.bansao.trust;

import java.io.IOException;

/**
 * An HTTP answer other than 200 from {@link HttpFetcher}: the status is kept for callers whose protocol gives a
 * status a meaning (a register service's 404 "no such entry").
 *
 * <pre>{@code
 * try { http.get(url, deadline); } catch (HttpStatusException e) { if (e.status() == 404) { ... } }
 * }</pre>
 */
public final class HttpStatusException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpStatusException(int status, String url) {
        super("HTTP " + status + " from " + url);
        this.status = status;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
