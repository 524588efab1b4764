package vn.bansao.portal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.bansao.portal.internal.web.PortalAddress;
import vn.bansao.register.CertificationRegister;

/**
 * The Spring Boot portal started for a test, on a free loopback port and its own in-memory register, with the
 * given {@code bansao.*} (and other) properties on top of its {@code application.properties}.
 */
final class RunningPortal implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningPortal(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningPortal start(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", 0);
        all.put("spring.datasource.url", "jdbc:h2:mem:portal-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        all.putAll(properties);
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.setRegisterShutdownHook(false);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningPortal(application.run(args));
    }

    URI uri() {
        return context.getBean(PortalAddress.class).uri();
    }

    CertificationRegister register() {
        return context.getBean(CertificationRegister.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
