package vn.bansao.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.testkit.Service;

/**
 * One service on its own 127.0.0.1 port. The port is chosen once (ephemeral on first start, or given) and kept
 * across stop/start, because it is written into the certificates. While stopped the socket is closed, so
 * clients get "connection refused".
 */
public final class ServiceHost {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceHost.class);

    private final Service service;
    /** Always IPv4 127.0.0.1, even where the JVM prefers IPv6: the URLs in the certificates say 127.0.0.1. */
    private static final InetAddress ADDRESS = ipv4Loopback();

    private final InetAddress address = ADDRESS;
    private final AtomicLong requests = new AtomicLong();
    private volatile HttpHandler handler = ex -> Http.send(ex, 503, "text/plain", "starting".getBytes());
    private int port;
    private HttpServer server;
    private ExecutorService executor;

    public ServiceHost(Service service, int port) {
        this.service = service;
        this.port = port;
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public void handler(HttpHandler h) {
        this.handler = h;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(address, port), 16);
            s.createContext("/", this::dispatch);
            executor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "bansao-testkit-" + service.name().toLowerCase());
                t.setDaemon(true);
                return t;
            });
            s.setExecutor(executor);
            s.start();
            port = s.getAddress().getPort();
            server = s;
            LOG.debug("{} listening on {}:{}", service, address.getHostAddress(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address.getHostAddress() + ":" + port
                    + " for " + service, e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            executor = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public synchronized int port() {
        return port;
    }

    public long requests() {
        return requests.get();
    }

    public String baseUrl() {
        return "http://" + address.getHostAddress() + ":" + port();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            handler.handle(ex);
        } catch (RuntimeException | IOException e) {
            LOG.warn("{} failed to answer {} {}: {}", service, ex.getRequestMethod(), ex.getRequestURI(), e.toString());
            try {
                Http.send(ex, 500, "text/plain", e.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException ignored) {
                // the response may already be under way; nothing more to tell the client
            }
        }
    }
}
