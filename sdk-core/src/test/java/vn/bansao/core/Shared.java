package vn.bansao.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared corpora: system property {@code bansao.shared}, else {@code ../shared}. */
public final class Shared {

    private Shared() {
    }

    public static Path dir() {
        String p = System.getProperty("bansao.shared");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("../shared").normalize();
            if (Files.isDirectory(c.resolve("corpora"))) {
                return c;
            }
        }
        throw new IllegalStateException("shared corpora not found");
    }

    public static Path corpus(String name) {
        return dir().resolve("corpora").resolve(name);
    }
}
