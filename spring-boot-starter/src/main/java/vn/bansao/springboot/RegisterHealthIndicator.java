package vn.bansao.springboot;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import vn.bansao.register.CertificationRegister;

/**
 * {@code /actuator/health/bansaoRegister}: UP when the register answers (its Merkle log's size and origin as
 * details), DOWN when its database does not.
 *
 * <pre>{@code
 * curl http://127.0.0.1:8080/actuator/health/bansaoRegister   # {"status":"UP","details":{"treeSize":12,...}}
 * }</pre>
 */
public class RegisterHealthIndicator extends AbstractHealthIndicator {

    private final CertificationRegister register;

    public RegisterHealthIndicator(CertificationRegister register) {
        super("the certification register does not answer");
        this.register = register;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long size = register.treeSize();
        builder.up().withDetail("treeSize", size).withDetail("origin", register.origin());
    }
}
