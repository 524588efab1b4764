package vn.bansao.portal;

import java.util.ArrayList;
import java.util.List;
import vn.bansao.portal.internal.http.Router;

/**
 * The SDK objects the portal shares between requests, created once at start-up (a verifier is expensive to
 * configure and cheap to reuse), and the endpoints that use them.
 */
final class PortalServices implements AutoCloseable {

    private final List<String> endpoints = new ArrayList<>();

    private PortalServices() {
    }

    static PortalServices open(PortalConfig config) {
        return new PortalServices();
    }

    void addRoutes(Router router) {
    }

    List<String> endpointNames() {
        return List.copyOf(endpoints);
    }

    @Override
    public void close() {
    }
}
