package vn.bansao.portal.internal.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import vn.bansao.portal.PortalProperties;

/**
 * Where this portal answers, known once the web server is bound (port 0 picks a free one): the QR codes of new
 * copies point at its {@code /xac-minh} unless {@code bansao.portal.public-url} says otherwise.
 *
 * <pre>{@code
 * URI page = address.uri().resolve("/xac-minh");
 * }</pre>
 */
@Component
public class PortalAddress implements ApplicationListener<ServletWebServerInitializedEvent> {

    private final PortalProperties properties;
    private final String host;
    private volatile int port = -1;

    public PortalAddress(PortalProperties properties, @Value("${server.address:127.0.0.1}") String host) {
        this.properties = properties;
        this.host = host.isBlank() || host.equals("0.0.0.0") ? "127.0.0.1" : host;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** The address the service answers on, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        if (port < 0) {
            throw new IllegalStateException("the web server is not started yet");
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
    }

    /** The verification page's public address, printed in the QR codes of new copies. */
    public String publicUrl() {
        return properties.publicUrl().orElseGet(() -> uri().resolve("/xac-minh").toString());
    }
}
