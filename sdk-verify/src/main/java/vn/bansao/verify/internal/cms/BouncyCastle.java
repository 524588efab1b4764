package vn.bansao.verify.internal.cms;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The module's BouncyCastle provider, used by instance: never registered with {@code java.security.Security},
 * so the SDK does not change the JVM's provider list under the integrator's application.
 *
 * <pre>{@code
 * new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
 * }</pre>
 */
public final class BouncyCastle {

    /** One instance for the module (building a provider is not free). */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
