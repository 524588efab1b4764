package vn.bansao.springboot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import vn.bansao.springboot.internal.ServiceProbes;

/**
 * {@code /actuator/health/bansaoOcsp}: UP when every OCSP responder the application depends on answers HTTP —
 * those named in the held keys' certificates (what B-LT signing asks) and {@code bansao.health.ocsp-urls}.
 *
 * <pre>{@code
 * bansao.health.ocsp-urls=http://ocsp.ca.gov.vn
 * }</pre>
 */
public class OcspHealthIndicator extends AbstractHealthIndicator {

    private final List<String> urls;
    private final ServiceProbes probes;

    public OcspHealthIndicator(List<String> urls, ServiceProbes probes) {
        super("the OCSP check failed");
        this.urls = List.copyOf(urls);
        this.probes = probes;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> answers = new LinkedHashMap<>();
        boolean up = true;
        for (String url : urls) {
            ServiceProbes.Result result = probes.reachable(url);
            answers.put(url, result.detail());
            up &= result.up();
        }
        (up ? builder.up() : builder.down()).withDetail("responders", answers);
    }
}
