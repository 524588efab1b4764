package vn.bansao.springboot;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import vn.bansao.register.CertificationRegister;
import vn.bansao.signing.SigningKey;
import vn.bansao.springboot.internal.ServiceProbes;

/**
 * Actuator health for what certifying depends on: the register ({@code bansaoRegister}), the time-stamping
 * service ({@code bansaoTsa}, when {@code bansao.tsa.url} is set) and the OCSP responders ({@code bansaoOcsp},
 * when the held keys' certificates or {@code bansao.health.ocsp-urls} name any). Each can be switched off with
 * {@code management.health.<name>.enabled=false}.
 *
 * <pre>{@code
 * management.endpoint.health.show-details=always
 * curl http://127.0.0.1:8080/actuator/health
 * }</pre>
 */
@AutoConfiguration(after = BansaoRegisterAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class BansaoHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "bansaoRegisterHealthIndicator")
    @ConditionalOnSingleCandidate(CertificationRegister.class)
    @ConditionalOnEnabledHealthIndicator("bansaoRegister")
    public RegisterHealthIndicator bansaoRegisterHealthIndicator(CertificationRegister register) {
        return new RegisterHealthIndicator(register);
    }

    @Bean
    @ConditionalOnMissingBean(name = "bansaoTsaHealthIndicator")
    @ConditionalOnProperty(prefix = "bansao.tsa", name = "url")
    @ConditionalOnEnabledHealthIndicator("bansaoTsa")
    public TsaHealthIndicator bansaoTsaHealthIndicator(BansaoProperties properties) {
        return new TsaHealthIndicator(properties.getTsa().getUrl(), new ServiceProbes(properties.getHealth().getTimeout()));
    }

    @Bean
    @ConditionalOnMissingBean(name = "bansaoOcspHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("bansaoOcsp")
    public OcspHealthIndicator bansaoOcspHealthIndicator(BansaoProperties properties, SigningKeys keys) {
        Set<String> urls = new LinkedHashSet<>(properties.getHealth().getOcspUrls());
        for (Optional<SigningKey> key : List.of(keys.officer(), keys.authority())) {
            key.ifPresent(k -> urls.addAll(ocspUrls(k.certificate())));
        }
        return new OcspHealthIndicator(new ArrayList<>(urls), new ServiceProbes(properties.getHealth().getTimeout()));
    }

    /** The OCSP addresses in a certificate's Authority Information Access extension (our own key's, not a document's). */
    static List<String> ocspUrls(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(extension));
            for (AccessDescription description : aia.getAccessDescriptions()) {
                GeneralName name = description.getAccessLocation();
                if (description.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                        && name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String url = ASN1IA5String.getInstance(name.getName()).getString();
                    if (url.startsWith("http://") || url.startsWith("https://")) {
                        urls.add(url);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        return urls;
    }
}
