package vn.bansao.transparency.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link Witness} on HTTP with the JDK's server ({@code jdk.httpserver}): {@code POST /add-checkpoint} as
 * c2sp.org/tlog-witness, {@code GET /checkpoint?origin=} (this SDK's extension for verifiers) and
 * {@code GET /<hex SHA-256 of origin>/checkpoint} (tlog-witness's monitoring path), each answering the latest
 * cosigned note.
 *
 * <pre>{@code
 * try (WitnessServer server = WitnessServer.start(new InetSocketAddress("127.0.0.1", 9090), witness)) {
 *     URI base = server.uri();          // http://127.0.0.1:9090/
 *     ...
 * }
 * }</pre>
 *
 * <p>Request bodies above the cap (default {@value #DEFAULT_MAX_BODY_BYTES} bytes) are refused with 413 before
 * they are read further; errors are {@code text/plain} in Vietnamese and English. The JDK server has no per-request
 * read deadline of its own: a process serving only the witness should set {@code sun.net.httpserver.maxReqTime} and
 * {@code sun.net.httpserver.maxRspTime} (the {@code bansao witness} command does), or sit behind a reverse proxy.
 */
public final class WitnessServer implements AutoCloseable {

    /** Default request body cap: a checkpoint with 100 signatures and 63 proof lines fits easily. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    /** How much of an oversized body is read and thrown away so that the 413 answer is not lost. */
    private static final int DRAIN_BYTES = 1 << 20;

    private static final System.Logger LOG = System.getLogger(WitnessServer.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final Witness witness;
    private final int maxBody;
    private final Map<String, String> originsByHash;

    private WitnessServer(HttpServer server, ExecutorService executor, Witness witness, int maxBody) {
        this.server = server;
        this.executor = executor;
        this.witness = witness;
        this.maxBody = maxBody;
        this.originsByHash = witness.origins().stream()
                .collect(Collectors.toUnmodifiableMap(DirectoryStateStore::originHash, Function.identity()));
    }

    /** Starts serving {@code witness} on {@code address} (port 0: any free port). */
    public static WitnessServer start(InetSocketAddress address, Witness witness) throws IOException {
        return start(address, witness, DEFAULT_MAX_BODY_BYTES);
    }

    /** As {@link #start(InetSocketAddress, Witness)} with another request body cap. */
    public static WitnessServer start(InetSocketAddress address, Witness witness, int maxBodyBytes) throws IOException {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bansao-witness-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        WitnessServer ws = new WitnessServer(server, executor, witness, maxBodyBytes);
        server.createContext("/", ws::handle);
        server.setExecutor(executor);
        server.start();
        return ws;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://<host>:<port>/}, the base URL for {@link WitnessClient}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Stops listening and ends the worker threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/add-checkpoint")) {
                if (!method(ex, "POST")) {
                    return;
                }
                addCheckpoint(ex);
            } else if (path.equals("/checkpoint")) {
                if (method(ex, "GET")) {
                    checkpointByQuery(ex);
                }
            } else if (path.matches("/[0-9a-f]{64}/checkpoint")) {
                if (method(ex, "GET")) {
                    String origin = originsByHash.get(path.substring(1, 65));
                    serveLatest(ex, origin == null ? Optional.empty() : witness.latest(origin));
                }
            } else {
                text(ex, 404, "không có đường dẫn này / not found: " + WitnessException.printable(path));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "witness request failed", e);
            try {
                text(ex, 500, "lỗi máy chủ nhân chứng / witness server error");
            } catch (IOException | RuntimeException ignored) {
                // headers already sent or the client went away
            }
        }
    }

    private static boolean method(HttpExchange ex, String allowed) throws IOException {
        if (ex.getRequestMethod().equals(allowed)) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", allowed);
        text(ex, 405, "chỉ nhận " + allowed + " / only " + allowed + " is allowed");
        return false;
    }

    private void addCheckpoint(HttpExchange ex) throws IOException {
        Optional<byte[]> body = readCapped(ex);
        if (body.isEmpty()) {
            text(ex, 413, "yêu cầu quá lớn (tối đa " + maxBody + " byte) / request larger than " + maxBody + " bytes");
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body.get())).toString();
        } catch (CharacterCodingException e) {
            text(ex, 400, "yêu cầu không phải UTF-8 / the request is not UTF-8");
            return;
        }
        try {
            String cosignature = witness.addCheckpoint(AddCheckpointRequest.parse(text));
            send(ex, 200, "text/plain; charset=utf-8", cosignature);
        } catch (WitnessException e) {
            if (e.kind() == WitnessException.Kind.CONFLICT) {
                send(ex, 409, "text/x.tlog.size", e.witnessSize().orElseThrow() + "\n");
            } else {
                text(ex, e.kind().status(), e.getMessage());
            }
        }
    }

    private void checkpointByQuery(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        if (query == null || !query.startsWith("origin=") || query.contains("&")) {
            text(ex, 400, "cần đúng một tham số origin / exactly one parameter origin= is required");
            return;
        }
        String origin;
        try {
            origin = URLDecoder.decode(query.substring(7), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text(ex, 400, "tham số origin sai mã hóa / origin is not URL-encoded correctly");
            return;
        }
        serveLatest(ex, witness.latest(origin));
    }

    private static void serveLatest(HttpExchange ex, Optional<String> note) throws IOException {
        if (note.isEmpty()) {
            text(ex, 404, "nhân chứng chưa đồng ký điểm kiểm nào của sổ này / no checkpoint of this log cosigned");
            return;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        send(ex, 200, "text/plain; charset=utf-8", note.get());
    }

    /**
     * The body, or empty when it is (or announces to be) larger than the cap. An oversized body is read on and
     * discarded up to {@value #DRAIN_BYTES} bytes so that the 413 reaches the client (closing a socket with unread
     * data resets the connection and loses the answer); beyond that the connection is simply closed.
     */
    private Optional<byte[]> readCapped(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (length > maxBody) {
                if (length <= (long) maxBody + DRAIN_BYTES) {
                    drain(in);
                }
                return Optional.empty();
            }
        }
        byte[] b = in.readNBytes(maxBody + 1);
        if (b.length > maxBody) {
            drain(in);
            return Optional.empty();
        }
        return Optional.of(b);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while (total < DRAIN_BYTES && (n = in.read(buf)) > 0) {
            total += n;
        }
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", message + "\n");
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
