package vn.bansao.register.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.witness.AddCheckpointRequest;
import vn.bansao.transparency.witness.CosignatureSigner;
import vn.bansao.transparency.witness.CosignatureVerifier;

/**
 * A minimal C2SP tlog-witness on loopback for the service's tests (one log, state in memory): {@code POST
 * add-checkpoint} verifies the log's signature (403), answers 409 with its size when the old size is not its own,
 * checks the consistency proof from its checkpoint (422), then cosigns (cosignature/v1, Ed25519).
 */
final class LoopbackWitness implements AutoCloseable {

    final CosignatureSigner signer;
    final AtomicInteger requests = new AtomicInteger();
    private final NoteVerifier logKey;
    private final HttpServer server;
    private Checkpoint state;

    LoopbackWitness(String name, NoteVerifier logKey) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        this.signer = CosignatureSigner.of(name, pair.getPrivate(), pair.getPublic());
        this.logKey = logKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/add-checkpoint", this::addCheckpoint);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    CosignatureVerifier key() {
        return signer.verifier();
    }

    synchronized long size() {
        return state == null ? 0 : state.size();
    }

    private synchronized void addCheckpoint(HttpExchange x) throws IOException {
        requests.incrementAndGet();
        try (x) {
            AddCheckpointRequest req;
            Checkpoint cp;
            try {
                req = AddCheckpointRequest.parse(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            } catch (Exception e) {
                answer(x, 400, "malformed\n");
                return;
            }
            try {
                cp = SignedCheckpoint.parse(req.note()).verify(logKey);
            } catch (Exception e) {
                answer(x, 403, "log signature not accepted\n");
                return;
            }
            long mine = size();
            if (req.oldSize() != mine) {
                x.getResponseHeaders().set("Content-Type", "text/x.tlog.size");
                answer(x, 409, mine + "\n");
                return;
            }
            if (state != null) {
                try {
                    if (mine == cp.size()) {
                        if (!java.util.Arrays.equals(state.rootHash(), cp.rootHash())) {
                            throw new IllegalStateException("same size, other root");
                        }
                    } else {
                        new ConsistencyProof(mine, cp.size(), req.proof()).verify(state, cp);
                    }
                } catch (Exception e) {
                    answer(x, 422, "inconsistent: " + e.getMessage() + "\n");
                    return;
                }
            }
            state = cp;
            answer(x, 200, signer.cosign(cp, System.currentTimeMillis() / 1000));
        }
    }

    private static void answer(HttpExchange x, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, body.length);
        x.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
