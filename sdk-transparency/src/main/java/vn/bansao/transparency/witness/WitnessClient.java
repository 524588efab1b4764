package vn.bansao.transparency.witness;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.SignedNote;

/**
 * Talks to one witness over HTTP (c2sp.org/tlog-witness {@code add-checkpoint}, and the {@code checkpoint?origin=}
 * extension documented in this package). Redirects are not followed, every request has a total deadline (headers
 * and body: a trickling server is cut off) and answers above {@code maxBytes} are refused.
 *
 * <pre>{@code
 * WitnessClient w = WitnessClient.of(URI.create("https://witness.tuphap.hochiminhcity.gov.vn/"),
 *         Duration.ofSeconds(5), 64 * 1024);
 * AddCheckpointResult r = w.addCheckpoint(0, List.of(), signedNote);
 * Optional<String> latest = w.latest("bansao.vn/register/000.00.12.H29");
 * }</pre>
 *
 * <p>Network failures, timeouts, oversized or malformed answers are {@link IOException}s: the caller treats the
 * witness as unreachable, never as having cosigned.
 */
public final class WitnessClient {

    private final URI base;
    private final Duration timeout;
    private final int maxBytes;
    private final HttpClient http;

    private WitnessClient(URI base, Duration timeout, int maxBytes) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        if (!"http".equals(this.base.getScheme()) && !"https".equals(this.base.getScheme())) {
            throw new IllegalArgumentException("witness URL must be http(s): " + base);
        }
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
            throw new IllegalArgumentException("timeout and maxBytes must be positive");
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /**
     * A client of the witness at {@code base} (the submission prefix; {@code add-checkpoint} and {@code checkpoint}
     * are resolved against it).
     *
     * @param timeout  total deadline of one request (connection, headers and body)
     * @param maxBytes largest answer body accepted
     */
    public static WitnessClient of(URI base, Duration timeout, int maxBytes) {
        return new WitnessClient(Objects.requireNonNull(base, "base"), Objects.requireNonNull(timeout, "timeout"), maxBytes);
    }

    /** The witness's base URL (with a final slash). */
    public URI base() {
        return base;
    }

    /**
     * Submits {@code note} with a consistency proof from {@code oldSize} (0 and an empty proof for the first).
     *
     * @throws IOException if the witness is unreachable, too slow, answers too much, or answers what the protocol
     *                     does not allow (e.g. a 200 without signature lines, a 409 without a size)
     */
    public AddCheckpointResult addCheckpoint(long oldSize, List<byte[]> proof, String note) throws IOException {
        String body = new AddCheckpointRequest(oldSize, proof, note).format();
        HttpRequest req = HttpRequest.newBuilder(base.resolve("add-checkpoint")).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        Answer a = send(req);
        switch (a.status) {
            case 200 -> {
                try {
                    SignedNote.parseSignatureLines(a.text);
                } catch (NoteVerificationException e) {
                    throw new IOException("witness " + base + " answered 200 without well-formed signature lines");
                }
                return new AddCheckpointResult.Cosigned(a.text);
            }
            case 409 -> {
                if (!a.text.matches("(0|[1-9][0-9]{0,18})\n")) {
                    throw new IOException("witness " + base + " answered 409 without a tree size");
                }
                try {
                    return new AddCheckpointResult.Conflict(Long.parseLong(a.text.strip()));
                } catch (NumberFormatException e) {
                    throw new IOException("witness " + base + " answered 409 with a size out of range");
                }
            }
            case 422 -> {
                return new AddCheckpointResult.Inconsistent(WitnessException.printable(a.text.strip()));
            }
            default -> {
                return new AddCheckpointResult.Refused(a.status, WitnessException.printable(a.text.strip()));
            }
        }
    }

    /**
     * The latest checkpoint the witness cosigned for {@code origin} (the log's signature and the witness's
     * cosignature; unverified), or empty when it has none (404).
     */
    public Optional<String> latest(String origin) throws IOException {
        URI uri = base.resolve("checkpoint?origin=" + URLEncoder.encode(origin, StandardCharsets.UTF_8));
        Answer a = send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
        if (a.status == 404) {
            return Optional.empty();
        }
        if (a.status != 200) {
            throw new IOException("witness " + base + " answered " + a.status + " to checkpoint?origin=" + origin);
        }
        return Optional.of(a.text);
    }

    private record Answer(int status, String text) {
    }

    private Answer send(HttpRequest req) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> f = http.sendAsync(req, info -> new CappedBody(maxBytes));
        HttpResponse<byte[]> resp;
        try {
            resp = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IOException("witness " + base + " did not answer within " + timeout);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking witness " + base);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? new IOException("witness " + base + ": " + io.getMessage(), io)
                    : new IOException("witness " + base + ": " + c, c);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(resp.body())).toString();
            return new Answer(resp.statusCode(), text);
        } catch (CharacterCodingException e) {
            throw new IOException("witness " + base + " answered text that is not UTF-8");
        }
    }

    /** Collects a body, failing as soon as it grows past the cap (the connection is then dropped). */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (buf.size() + b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("answer larger than " + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buf.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buf.toByteArray());
        }
    }
}
