package vn.bansao.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.bansao.portal.internal.endpoints.OwnCopiesVerifier;
import vn.bansao.register.CertificationRegister;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.NetworkPolicy;
import vn.bansao.register.RegisterLookups;
import vn.bansao.verify.TrustAnchors;

/**
 * What the portal adds to the starter's beans: a second verifier for copies of its own agency, which also checks
 * them against its register (a void number, or another file under the number, makes a copy INVALID). Other
 * agencies' copies go to the starter's {@link CopyVerifier}, checked by their signatures and, with
 * {@code bansao.remote-registers.directory}, against the issuing agency's register over HTTP.
 *
 * <pre>{@code
 * VerifyController(CopyVerifier verifier, OwnCopiesVerifier ownCopies, ...)
 * }</pre>
 */
@Configuration(proxyBeanMethods = false)
public class PortalBeans {

    @Bean
    OwnCopiesVerifier ownCopiesVerifier(TrustAnchors anchors, NetworkPolicy network, CertificationRegister register) {
        return new OwnCopiesVerifier(CopyVerifier.builder().trustAnchors(anchors).network(network)
                .register(RegisterLookups.of(register)).build());
    }
}
