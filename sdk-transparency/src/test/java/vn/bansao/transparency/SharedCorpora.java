package vn.bansao.transparency;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared/corpora} (system property {@code bansao.shared}, else beside the checkout). */
public final class SharedCorpora {

    private SharedCorpora() {
    }

    public static Path corpus(String name) {
        String prop = System.getProperty("bansao.shared");
        Path shared = prop != null ? Path.of(prop) : null;
        if (shared == null || !Files.isDirectory(shared)) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.isDirectory(dir.resolve("../shared/corpora"))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new IllegalStateException("shared corpora not found; set -Dbansao.shared");
            }
            shared = dir.resolve("../shared");
        }
        Path corpus = shared.resolve("corpora").resolve(name).normalize();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("corpus missing: " + corpus);
        }
        return corpus;
    }
}
