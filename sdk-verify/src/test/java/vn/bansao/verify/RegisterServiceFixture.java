package vn.bansao.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.LogRecord;
import vn.bansao.register.RecordKind;
import vn.bansao.register.RegisterEntry;
import vn.bansao.transparency.checkpoint.InclusionProof;

/**
 * A register service for tests (JDK HttpServer on 127.0.0.1) serving a REAL {@link CertificationRegister} in the
 * wire format of the issue 15 design (section 2: {@code checkpoint}, {@code entries}, {@code consistency}), and
 * misbehaving on command ({@link Fault}); which register it serves can be switched (a rewritten log, a log
 * truncated and regrown, a second view for a split view).
 */
final class RegisterServiceFixture implements AutoCloseable {

    /** What the service does wrong. */
    enum Fault {
        NONE,
        /** sleeps past any deadline before answering */
        SLOW,
        /** sends the checkpoint one byte every 200 ms */
        TRICKLE,
        /** answers 10 MB */
        HUGE,
        /** answers entries that are not JSON */
        MALFORMED_JSON,
        /** answers entries with a duplicate key */
        DUPLICATE_KEY,
        /** answers entries of another number (valid proofs of other rows) */
        OTHER_NUMBER,
        /** serves a row's leaf under another row's position */
        MOVED_ROW,
        /** hides the VOID row by answering the rows of an older tree */
        VOID_HIDDEN_BY_OLDER_TREE,
        /** marks the VOID row withheld */
        VOID_WITHHELD
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "register-fixture");
        t.setDaemon(true);
        return t;
    });
    private volatile CertificationRegister register;
    private volatile Fault fault = Fault.NONE;
    /** rewrites the checkpoint note served (e.g. appends witness cosignatures, or re-signs with another key) */
    private volatile UnaryOperator<String> noteFilter = UnaryOperator.identity();
    final AtomicInteger requests = new AtomicInteger();

    RegisterServiceFixture(CertificationRegister register) throws IOException {
        this.register = register;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The base URL a directory lists. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/register/v1/");
    }

    RegisterServiceFixture serve(CertificationRegister r) {
        this.register = r;
        return this;
    }

    RegisterServiceFixture fault(Fault f) {
        this.fault = f;
        return this;
    }

    RegisterServiceFixture noteFilter(UnaryOperator<String> f) {
        this.noteFilter = f;
        return this;
    }

    private void handle(HttpExchange x) throws IOException {
        requests.incrementAndGet();
        try {
            String path = x.getRequestURI().getPath();
            Map<String, String> q = query(x.getRequestURI().getRawQuery());
            if (fault == Fault.SLOW) {
                Thread.sleep(30_000);
            }
            if (fault == Fault.HUGE) {
                answer(x, 200, "text/plain", new byte[10 << 20]);
                return;
            }
            if (path.endsWith("/checkpoint")) {
                String note = noteFilter.apply(register.latestCheckpoint().orElseThrow().note());
                if (fault == Fault.TRICKLE) {
                    trickle(x, note.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                answer(x, 200, "text/plain; charset=utf-8", note.getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith("/entries")) {
                entries(x, q);
            } else if (path.endsWith("/consistency")) {
                long from = Long.parseLong(q.get("from"));
                long to = Long.parseLong(q.get("to"));
                long latest = register.latestCheckpoint().orElseThrow().checkpoint().size();
                if (from <= 0 || from > to || to > latest) {
                    error(x, 400, "bad sizes");
                    return;
                }
                List<byte[]> p = register.consistencyProof(from, to).path();
                answer(x, 200, "application/json", ("{\"from\":" + from + ",\"to\":" + to + ",\"path\":" + b64(p) + "}")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                error(x, 404, "no such endpoint");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            error(x, 400, String.valueOf(e.getMessage()));
        } finally {
            x.close();
        }
    }

    private void entries(HttpExchange x, Map<String, String> q) throws IOException {
        if (fault == Fault.MALFORMED_JSON) {
            answer(x, 200, "application/json", "{\"origin\":\"bansao.vn/register/000.00.12.H29\",\"treeSize\":".getBytes());
            return;
        }
        long latest = register.latestCheckpoint().orElseThrow().checkpoint().size();
        long size = q.containsKey("size") ? Long.parseLong(q.get("size")) : latest;
        if (size > latest || size <= 0) {
            error(x, 400, "size beyond the latest checkpoint");
            return;
        }
        long number = Long.parseLong(q.get("number"));
        if (fault == Fault.OTHER_NUMBER) {
            number = number - 1;
        }
        RegisterEntry e = register.find(q.get("agency"), q.get("type"), Integer.parseInt(q.get("year")), number).orElse(null);
        List<LogRecord> records = e == null ? List.of() : e.records().stream().filter(r -> r.leafIndex() < size).toList();
        if (records.isEmpty()) {
            error(x, 404, "no entry");
            return;
        }
        long served = fault == Fault.VOID_HIDDEN_BY_OLDER_TREE
                ? records.stream().filter(r -> r.kind() == RecordKind.VOID).mapToLong(LogRecord::leafIndex).findFirst().orElse(size)
                : size;
        List<String> rows = new ArrayList<>();
        for (LogRecord r : records) {
            if (r.leafIndex() >= served) {
                continue;
            }
            if (fault == Fault.VOID_WITHHELD && r.kind() == RecordKind.VOID) {
                rows.add("{\"leafIndex\":" + r.leafIndex() + ",\"withheld\":true}");
                continue;
            }
            InclusionProof p = register.inclusionProof(r.leafIndex(), served);
            long index = r.leafIndex();
            if (fault == Fault.MOVED_ROW && r.kind() != RecordKind.RESERVATION) {
                index = r.leafIndex() - 1; // another row's position with this row's bytes and path
            }
            rows.add("{\"leafIndex\":" + index + ",\"leaf\":\"" + Base64.getEncoder().encodeToString(p.leafBytes())
                    + "\",\"path\":" + b64(p.path()) + "}");
        }
        String json = "{\"origin\":\"" + register.origin() + "\",\"treeSize\":" + served
                + (fault == Fault.DUPLICATE_KEY ? ",\"treeSize\":" + served : "") + ",\"rows\":[" + String.join(",", rows) + "]}";
        answer(x, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(List<byte[]> hashes) {
        List<String> out = new ArrayList<>();
        hashes.forEach(h -> out.add("\"" + Base64.getEncoder().encodeToString(h) + "\""));
        return "[" + String.join(",", out) + "]";
    }

    private static void trickle(HttpExchange x, byte[] body) throws IOException, InterruptedException {
        x.sendResponseHeaders(200, body.length);
        OutputStream out = x.getResponseBody();
        try {
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException hungUp) {
            // the client cut the connection: what its deadline is for
        }
    }

    private static void answer(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.getResponseHeaders().add("Cache-Control", "no-cache");
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        } catch (IOException hungUp) {
            // the client stopped reading (a size limit)
        }
    }

    private static void error(HttpExchange x, int status, String why) throws IOException {
        answer(x, status, "application/json", ("{\"error\":{\"code\":\"BAD_REQUEST\",\"message_vi\":\"" + why
                + "\",\"message_en\":\"" + why + "\"}}").getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    m.put(kv.substring(0, eq), java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
