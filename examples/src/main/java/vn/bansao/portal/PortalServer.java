package vn.bansao.portal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.portal.internal.http.Response;
import vn.bansao.register.CertificationRegister;
import vn.bansao.portal.internal.http.Router;
import vn.bansao.portal.internal.http.StaticResource;

/**
 * The portal integration example: a small HTTP service, as a province's integrator would write it, over the
 * bansao SDK. It serves the REST API ({@code /api/...}) and the Vietnamese verification page
 * ({@code /xac-minh}) on the JDK's own HTTP server, so it needs no web framework.
 *
 * <pre>{@code
 * try (PortalServer portal = PortalServer.start(PortalConfig.builder().port(8080).build())) {
 *     System.out.println("open " + portal.uri().resolve("/xac-minh"));
 *     portal.awaitStop();
 * }
 * }</pre>
 */
public final class PortalServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);

    private final HttpServer server;
    private final ExecutorService workers;
    private final PortalServices services;
    private final Object stopped = new Object();
    private volatile boolean running = true;

    private PortalServer(HttpServer server, ExecutorService workers, PortalServices services) {
        this.server = server;
        this.workers = workers;
        this.services = services;
    }

    /** Opens the SDK services (register, verifier, ...), binds the port and starts serving. */
    public static PortalServer start(PortalConfig config) {
        slowClientLimits();
        HttpServer server;
        try {
            // bound first: the QR codes of new copies point at this server unless a public URL is configured
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port(), e);
        }
        PortalServices services;
        try {
            services = PortalServices.open(config, uriOf(server).resolve("/xac-minh").toString());
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
        try {
            Router router = routes(config, services);
            server.createContext("/", router);
            // bounded: a burst of requests waits in the queue instead of creating threads without limit
            ExecutorService workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(1024), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
            server.setExecutor(workers);
            server.start();
            PortalServer portal = new PortalServer(server, workers, services);
            LOG.info("bansao portal listening on {}", portal.uri());
            return portal;
        } catch (RuntimeException e) {
            server.stop(0);
            services.close();
            throw e;
        }
    }

    /**
     * The JDK server waits for a slow client forever by default: bound the time to send a request and to read
     * the answer (seconds), unless the integrator set them. They are read once per JVM, when the first JDK
     * HTTP server starts.
     */
    private static void slowClientLimits() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "120");
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", "120");
        }
    }

    private static Router routes(PortalConfig config, PortalServices services) {
        Router router = new Router();
        router.get("/", request -> Response.redirect("/xac-minh"));
        router.get("/xac-minh/?", StaticResource.of("vn/bansao/portal/web/xac-minh.html", "text/html; charset=utf-8"));
        router.get("/static/app\\.js", StaticResource.of("vn/bansao/portal/web/app.js", "text/javascript; charset=utf-8"));
        router.get("/static/style\\.css", StaticResource.of("vn/bansao/portal/web/style.css", "text/css; charset=utf-8"));
        router.get("/api/health", request -> {
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("max_upload_bytes", config.maxUploadBytes());
            health.put("endpoints", services.endpointNames());
            return Response.json(health);
        });
        services.addRoutes(router);
        return router;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "portal-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The address the service answers on, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uriOf(server);
    }

    private static URI uriOf(HttpServer server) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    /**
     * The certification register this portal writes to, for the integrator's own back-office work (voiding a
     * cancelled certification, closing the year, exports), e.g.
     * {@code portal.register().voidEntry(number, "Người yêu cầu rút hồ sơ")}.
     */
    public CertificationRegister register() {
        return services.register();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Blocks until {@link #close()} is called (by another thread or a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (running) {
                stopped.wait();
            }
        }
    }

    /** Stops accepting requests, lets running ones finish (up to 2 s), and closes the SDK services. */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        server.stop(2);
        workers.shutdown();
        try {
            services.close();
        } catch (Exception e) {
            LOG.warn("closing the portal services failed: {}", e.toString());
        }
        synchronized (stopped) {
            running = false;
            stopped.notifyAll();
        }
    }
}
