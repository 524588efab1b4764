package vn.bansao.portal;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import vn.bansao.portal.internal.render.PageThumbnails;
import vn.bansao.portal.internal.web.SecurityHeadersFilter;

/**
 * The bansao portal: the REST API ({@code /api/...}), the Vietnamese verification page ({@code /xac-minh}) and
 * Actuator ({@code /actuator/health}, {@code /actuator/metrics}), a Spring Boot application on the
 * {@code bansao-spring-boot-starter}, which provides the verifier, the register, the signers and the workflow
 * from {@code bansao.*} properties. {@code ./bansao portal} starts it through {@link PortalCommand}.
 *
 * <pre>{@code
 * java -jar portal/target/bansao-portal.jar --demo-pki           # or, as any Spring Boot application:
 * java -cp ... vn.bansao.portal.PortalApplication --bansao.trust-anchors=root.pem --server.port=8080
 * }</pre>
 */
@SpringBootApplication
@EnableConfigurationProperties(PortalProperties.class)
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The container's multipart limits are the portal's upload limit (413 above it, see ApiErrors). */
    @Bean
    MultipartConfigElement multipartConfig(PortalProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(properties.getMaxUploadBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(properties.getMaxUploadBytes()));
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PageThumbnails pageThumbnails(PortalProperties properties) {
        return new PageThumbnails(properties.getThumbnailPages(), properties.getThumbnailDpi());
    }
}
