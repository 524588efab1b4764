package vn.bansao.springboot.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.bansao.certification.TsaProbe;

/**
 * The network checks behind the health indicators, each bounded by a timeout and a response size. Only the
 * services this application is configured with are contacted (never a URL from a received document).
 */
public final class ServiceProbes {

    private final HttpClient http;
    private final Duration timeout;

    public ServiceProbes(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What a probe found: whether the service answered as it should, and in words why not. */
    public record Result(boolean up, String detail) {
    }

    /** Asks the TSA for a time-stamp on a throwaway digest: up only if one is granted for this very request. */
    public Result timeStamp(String tsaUrl) {
        TsaProbe.Result probe = TsaProbe.probe(tsaUrl, timeout);
        return new Result(probe.granted(), probe.detail());
    }

    /**
     * Whether an OCSP responder answers HTTP at all: an empty request gets an OCSP error status from a live
     * responder (RFC 6960 {@code malformedRequest}), and no answer from a dead one.
     */
    public Result reachable(String ocspUrl) {
        try {
            HttpResponse<byte[]> answer = post(ocspUrl, "application/ocsp-request", new byte[0]);
            return new Result(answer.statusCode() < 500, "HTTP " + answer.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Result(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }

    private HttpResponse<byte[]> post(String url, String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

}
