package vn.bansao.springboot;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import vn.bansao.springboot.internal.ServiceProbes;

/**
 * {@code /actuator/health/bansaoTsa}: UP when the configured time-stamping service grants a time-stamp on a
 * throwaway digest now (what every B-T and higher signature needs), DOWN otherwise.
 *
 * <pre>{@code
 * bansao.tsa.url=http://tsa.example.vn      # the indicator exists only with a TSA
 * }</pre>
 */
public class TsaHealthIndicator extends AbstractHealthIndicator {

    private final String url;
    private final ServiceProbes probes;

    public TsaHealthIndicator(String url, ServiceProbes probes) {
        super("the time-stamping service check failed");
        this.url = url;
        this.probes = probes;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ServiceProbes.Result result = probes.timeStamp(url);
        (result.up() ? builder.up() : builder.down()).withDetail("url", url).withDetail("answer", result.detail());
    }
}
