package vn.bansao.metrics;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures on the classpath, and the shared corpora beside the checkout. */
final class Fixtures {

    private Fixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code bansao.shared} (set by surefire), else {@code ../shared} from the checkout. */
    static Path shared() {
        String p = System.getProperty("bansao.shared");
        if (p != null && Path.of(p).toFile().isDirectory()) {
            return Path.of(p);
        }
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !here.resolve("pom.xml").toFile().exists()) {
            here = here.getParent();
        }
        Path root = here;
        while (root != null && root.getParent() != null && root.getParent().resolve("pom.xml").toFile().exists()) {
            root = root.getParent();
        }
        return root.resolveSibling("shared");
    }
}
