package vn.bansao.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * Asks a time-stamp authority for a real RFC 3161 time-stamp on a throwaway digest, with a fresh nonce, and says
 * whether it granted one for this very request: the one TSA probe of the SDK, behind the workflow's preflight (no
 * number is allocated when the TSA is down) and the starter's health indicator. Bounded by the timeout and a 1 MiB
 * answer; redirects are not followed.
 *
 * <pre>{@code
 * TsaProbe.Result r = TsaProbe.probe("http://127.0.0.1:8081/tsa", Duration.ofSeconds(5));
 * if (!r.granted()) log.warn("TSA down: {}", r.detail());
 * }</pre>
 */
public final class TsaProbe {

    private static final int MAX_ANSWER = 1 << 20;

    private TsaProbe() {
    }

    /** What the probe found. */
    public enum Outcome {
        /** A time-stamp was granted for the probe. */
        GRANTED,
        /** The TSA answered but refused (PKIStatus rejection, or no token). */
        REFUSED,
        /** No usable answer: not reachable, timeout, HTTP error, too large or malformed. */
        UNREACHABLE
    }

    /**
     * The probe's finding.
     *
     * @param outcome granted, refused or unreachable
     * @param detail  in English, why not (for logs and health details): {@code "HTTP 503"}, the exception's message
     */
    public record Result(Outcome outcome, String detail) {

        /** Whether a time-stamp was granted. */
        public boolean granted() {
            return outcome == Outcome.GRANTED;
        }
    }

    /** Probes {@code tsaUrl}, waiting at most {@code timeout} to connect and as much for each read. */
    public static Result probe(String tsaUrl, Duration timeout) {
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, new byte[32],
                    new BigInteger(63, new SecureRandom()));
            HttpURLConnection http = (HttpURLConnection) URI.create(tsaUrl).toURL().openConnection();
            http.setInstanceFollowRedirects(false);
            http.setConnectTimeout((int) timeout.toMillis());
            http.setReadTimeout((int) timeout.toMillis());
            http.setDoOutput(true);
            http.setRequestMethod("POST");
            http.setRequestProperty("Content-Type", "application/timestamp-query");
            try (OutputStream out = http.getOutputStream()) {
                out.write(request.getEncoded());
            }
            if (http.getResponseCode() != 200) {
                return new Result(Outcome.UNREACHABLE, "HTTP " + http.getResponseCode());
            }
            byte[] body;
            try (InputStream in = http.getInputStream()) {
                body = in.readNBytes(MAX_ANSWER + 1);
            }
            if (body.length > MAX_ANSWER) {
                return new Result(Outcome.UNREACHABLE, "answer above " + MAX_ANSWER + " bytes");
            }
            TimeStampResponse response = new TimeStampResponse(body);
            response.validate(request);
            return response.getTimeStampToken() != null ? new Result(Outcome.GRANTED, "granted")
                    : new Result(Outcome.REFUSED, "refused: " + response.getStatusString());
        } catch (IOException | TSPException | IllegalArgumentException e) {
            return new Result(Outcome.UNREACHABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
