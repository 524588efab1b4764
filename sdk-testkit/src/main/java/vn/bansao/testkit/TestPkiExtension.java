package vn.bansao.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects a started {@link TestPki}: one per test class, closed after the class.
 *
 * <pre>{@code
 * @ExtendWith(TestPkiExtension.class)
 * class SigningTest {
 *     @Test
 *     void signs(TestPki pki) { ... pki.officer() ... pki.tsaUrl() ... }
 * }
 * }</pre>
 */
public final class TestPkiExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestPkiExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestPki.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("pki", k -> new ClosingPki(TestPki.start()), ClosingPki.class).pki();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestClass().isPresent() && c.getParent().isPresent()
                && c.getParent().get().getTestClass().isPresent()
                && c.getTestMethod().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** Lets JUnit close the PKI when the class's store is discarded. */
    private record ClosingPki(TestPki pki) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            pki.close();
        }
    }
}
